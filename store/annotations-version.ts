// The version of an annotations file: a hash of its bytes, so that any change (a hand edit too) is a new version.
import { createHash } from 'node:crypto';

/** 16 bytes of SHA-256, base64url: as unlikely to collide as need be, short enough for a header and a file name. */
export function annotationsVersion(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64url').slice(0, 22);
}
