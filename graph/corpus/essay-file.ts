// Reads the essay file: a `key: value` header naming source and author, a `---` line, then the page as received.
/// <reference types="node" />
import { CorpusError, type CorpusProblem } from '../errors.js';
import type { EssayMeta } from '../types.js';
import { normalizeLineEndings, stripBidiControls } from './text-hygiene.js';

export interface EssayFile {
  meta: EssayMeta;
  /** The page text exactly as received. */
  raw: string;
}

const REQUIRED = ['title', 'author', 'publication'] as const;

/**
 * The header's `author` and `publication` are required: a document added without them has them written as this
 * word, one value a door or the explorer can recognise and show as "unknown" (and that no article has as a line of
 * its own, which the loader would take for a byline or sign-off).
 */
export const UNKNOWN_HEADER_VALUE = 'unknown';

/**
 * Line endings are normalised and bidi controls dropped before anything else: evidence offsets are then
 * offsets into the normalised text, the same text every quote is matched against.
 */
export function parseEssayFile(content: string, file: string): EssayFile {
  const lines = stripBidiControls(normalizeLineEndings(content)).split('\n');
  const separator = lines.indexOf('---');
  if (separator < 0) {
    throw new CorpusError([
      {
        file,
        line: null,
        message: 'no `---` line separating the header from the page text',
        fix: 'start the file with `title:`, `author:` and `publication:` lines, then a line `---`, then the page text',
      },
    ]);
  }
  const header = new Map<string, string>();
  const lineOf = new Map<string, number>();
  const problems: CorpusProblem[] = [];
  for (const [i, line] of lines.slice(0, separator).entries()) {
    const match = /^([a-z0-9-]+):\s*(.*)$/.exec(line);
    if (!match) {
      problems.push({
        file,
        line: i + 1,
        message: `header line is not \`key: value\`: ${JSON.stringify(line.slice(0, 80))}`,
        fix: 'write each header line as `key: value`, or remove it',
      });
      continue;
    }
    header.set(match[1]!, match[2]!.trim());
    lineOf.set(match[1]!, i + 1);
  }
  for (const key of REQUIRED) {
    if (!header.get(key)) {
      problems.push({
        file,
        line: null,
        message: `header has no \`${key}\``,
        fix: `add a line \`${key}: …\` above \`---\``,
      });
    }
  }
  const givenUrl = header.get('url');
  const url = givenUrl ? sourceUrl(givenUrl) : undefined;
  if (url === null)
    problems.push({
      file,
      line: lineOf.get('url') ?? null,
      message: '`url` is not an http or https address',
      fix: 'give the address of the essay as published, such as https://nationalpost.com/…, or remove the line',
    });
  if (problems.length > 0) throw new CorpusError(problems);
  const meta: EssayMeta = {
    title: header.get('title')!,
    author: header.get('author')!,
    publication: header.get('publication')!,
  };
  return {
    meta: withOptional(meta, header, url ?? undefined),
    raw: lines.slice(separator + 1).join('\n'),
  };
}

/** The header's optional facts on `meta`: publication date, address, when it was added. */
function withOptional(
  meta: EssayMeta,
  header: Map<string, string>,
  url: string | undefined,
): EssayMeta {
  const published = header.get('published');
  if (published) meta.published = published;
  const added = header.get('added');
  if (added) meta.added = added;
  if (url) meta.url = url;
  return meta;
}

/** The URL as the WHATWG parser writes it (spaces and markup percent-encoded); null unless http or https. */
export function sourceUrl(text: string): string | null {
  if (!URL.canParse(text)) return null;
  const url = new URL(text);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
