// Reads `If-Match` (RFC 9110): a write names the version of the annotations it was made against.
import type { Request } from 'express';
import { PreconditionFailedError } from './write-errors.js';

/** The entity tag as sent: `"abc"` (a weak `W/"abc"` compares alike: the tag is the file's bytes either way). */
const TAG = /^\s*(?:W\/)?"([^"]*)"\s*$/;

/**
 * Refuses the write (412) unless `If-Match` is absent, `*`, or lists `current`; a write without it goes ahead
 * against the file as it is.
 */
export function checkIfMatch(req: Request, current: string): void {
  const header = req.get('If-Match');
  if (header === undefined || header.trim() === '*') return;
  const tags = header.split(',').map((part) => TAG.exec(part)?.[1] ?? part.trim());
  if (tags.includes(current)) return;
  throw new PreconditionFailedError(
    'The annotations changed since you read them (another write, or an edit of the file); nothing was written. Read them again and redo the change.',
    current,
  );
}

/** The strong entity tag of a version, as `ETag` carries it. */
export const etagOf = (version: string): string => `"${version}"`;
