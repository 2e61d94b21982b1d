// The text of a new document's two files: essay.txt (header, `---`, the page) and an empty annotations.yaml.
import { sourceUrl, UNKNOWN_HEADER_VALUE } from '../graph/corpus/essay-file.js';
import { stripBidiControls } from '../graph/corpus/text-hygiene.js';
import { StoreError } from './errors.js';

export interface DocumentMeta {
  title: string;
  author?: string;
  publication?: string;
  /** As the source gives it: a year, a date or a timestamp. */
  published?: string;
  /** The address the page was taken from: http or https only. */
  url?: string;
  /** When the document was added: an ISO 8601 timestamp. */
  added: string;
}

/**
 * Header values are folded to one line (any run of whitespace or control characters, line breaks included,
 * becomes one space): titles taken from web pages often carry line breaks, and refusing them would only move the
 * folding to every caller. An empty title, a non-http(s) URL or an unreadable `added` throws `invalid-metadata`.
 * The page gets the title as its first line unless its first line already is the title, because the loader takes
 * the first line of the page for the headline. Empty text throws `no-article`.
 */
export function documentFileText(meta: DocumentMeta, text: string): string {
  const header = headerLines(meta);
  const page = text.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
  if (page.trim() === '') throw new StoreError('no-article', 'the document has no text');
  const first = page.split('\n').find((line) => line.trim() !== '') ?? '';
  const title = header.get('title')!;
  const withTitle = sameLine(first, title) ? page : `${title}\n\n${page}`;
  const lines = [...header].map(([key, value]) => `${key}: ${value}`);
  return `${lines.join('\n')}\n---\n${withTitle}\n`;
}

/** A valid annotations file with no relations yet: only comments and `relations: []`. */
export function emptyAnnotationsText(): string {
  return (
    '# The relations between the entities of this document, each with the sentence of the essay that supports it.\n' +
    'relations: []\n'
  );
}

function headerLines(meta: DocumentMeta): Map<string, string> {
  const title = oneLine(meta.title);
  if (!title) throw new StoreError('invalid-metadata', 'the document has no title');
  const header = new Map<string, string>([
    ['title', title],
    ['author', oneLine(meta.author ?? '') || UNKNOWN_HEADER_VALUE],
    ['publication', oneLine(meta.publication ?? '') || UNKNOWN_HEADER_VALUE],
  ]);
  const published = oneLine(meta.published ?? '');
  if (published) header.set('published', published);
  const url = oneLine(meta.url ?? '');
  if (url) header.set('url', checkedUrl(url));
  header.set('added', checkedTimestamp(oneLine(meta.added)));
  return header;
}

function checkedUrl(url: string): string {
  const href = sourceUrl(url);
  if (href === null) {
    throw new StoreError(
      'invalid-metadata',
      `url ${JSON.stringify(url)} is not an http or https address`,
    );
  }
  return href;
}

function checkedTimestamp(added: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T/.test(added) || Number.isNaN(Date.parse(added))) {
    throw new StoreError(
      'invalid-metadata',
      `added ${JSON.stringify(added)} is not an ISO 8601 timestamp`,
    );
  }
  return added;
}

/** One line: bidi controls dropped (the loader drops them too), whitespace and control characters folded. */
function oneLine(value: string): string {
  return stripBidiControls(value)
    .replace(/[\s\p{Cc}]+/gu, ' ')
    .trim();
}

function sameLine(a: string, b: string): boolean {
  const key = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');
  return key(a) === key(b);
}
