// A new document made ready to add: its text (the article of a web page), its slug, its two files, read as the loader will.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { documentFileText, emptyAnnotationsText } from './document-file.js';
import { articleFromHtml } from './html-article.js';
import { slugFor } from './slug.js';
import { ANNOTATIONS_FILE, TEXT_FILE } from '../graph/corpus/load.js';
import { parseDocument, type ParsedDocument } from '../graph/corpus/parse-document.js';

/** What a user gives: the text (plain or Markdown) or a page's HTML, and the header facts. */
export interface DocumentInput {
  text?: string | undefined;
  html?: string | undefined;
  title: string;
  author?: string | undefined;
  publication?: string | undefined;
  /** The date of publication, as written ("2025", "2025-03-04"). */
  date?: string | undefined;
  url?: string | undefined;
}

export interface NewDocument {
  slug: string;
  /** File name → content, for createDocumentFolder. */
  files: Record<string, string>;
  /** The document as the loader reads those files: checked before anything is written. */
  parsed: ParsedDocument;
}

/**
 * The document `input` describes, under a slug none of `taken` has (nor any folder in `root`, the trash aside).
 * Throws the store's errors for a page with no article or a header value it cannot take, and CorpusError when
 * the loader could not read what would be written.
 */
export async function newDocument(
  root: string,
  input: DocumentInput,
  taken: Iterable<string>,
  now: Date = new Date(),
): Promise<NewDocument> {
  const text = input.html === undefined ? (input.text ?? '') : articleFromHtml(input.html).text;
  const slug = slugFor(input.title, new Set([...taken, ...(await folderNames(root))]));
  const essay = documentFileText(
    {
      title: input.title,
      ...optional('author', input.author),
      ...optional('publication', input.publication),
      ...optional('published', input.date),
      ...optional('url', input.url),
      added: now.toISOString(),
    },
    text,
  );
  const annotations = emptyAnnotationsText();
  const parsed = parseDocument({
    slug,
    essay: { name: join(root, slug, TEXT_FILE), content: essay },
    annotations: { name: join(root, slug, ANNOTATIONS_FILE), content: annotations },
    annotationsChanged: now.toISOString(),
  });
  return { slug, files: { [TEXT_FILE]: essay, [ANNOTATIONS_FILE]: annotations }, parsed };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

async function folderNames(root: string): Promise<string[]> {
  return readdir(root).catch(() => []);
}
