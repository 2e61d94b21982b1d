// The review's answers: a document's annotations (ReviewAnnotations) and one relation or entity of them.
import { join } from 'node:path';
import type { ReviewAnnotations, ReviewEntity, ReviewRelation } from '../contract/annotations.js';
import { corpusParts, type CorpusParts } from '../graph/corpus/assembly.js';
import { readDocumentFiles } from '../graph/corpus/load.js';
import { parseDocument, type ParsedDocument } from '../graph/corpus/parse-document.js';
import { reviewDocument } from '../graph/corpus/review.js';
import { withDocument } from '../graph/corpus/update.js';
import { NotFoundError } from '../graph/errors.js';
import { requireDocument } from '../graph/query/documents.js';
import { readAnnotationsFile } from '../store/annotations-file.js';
import type { CorpusLibrary } from './corpus-library.js';
import { writableRoot } from './routes/document-writes.js';

/** `parsed`'s annotations as the studio reviews them; `parts` hold that very version of the document. */
function reviewAnswer(
  parsed: ParsedDocument,
  parts: CorpusParts,
  version: string,
  drafts: boolean,
): ReviewAnnotations {
  return { slug: parsed.slug, version, ...reviewDocument(parsed, parts, drafts) };
}

/**
 * The annotations of `slug` as the file on disk has them: the loaded version when they are the same, else the
 * file read anew and checked against the corpus (a hand edit not yet loaded; a CorpusError if it broke the file).
 */
export async function currentReview(
  library: CorpusLibrary,
  slug: string,
  drafts: boolean,
): Promise<ReviewAnnotations> {
  const root = writableRoot(library);
  const essay = library.current();
  requireDocument(essay.corpus, slug);
  const file = await readAnnotationsFile(root, slug);
  const parts = essay.parts ?? corpusParts(null, []);
  const loaded = parts.documents.find((d) => d.parsed.slug === slug)?.parsed;
  if (loaded?.sources.annotations === file.text)
    return reviewAnswer(loaded, parts, file.version, drafts);
  const files = await readDocumentFiles(join(root, slug));
  const parsed = parseDocument({ ...files, annotations: { name: file.path, content: file.text } });
  return reviewAnswer(parsed, withDocument(parts, parsed), file.version, drafts);
}

/** The annotations just written (drafts listed): the library holds them now. */
export function writtenReview(
  library: CorpusLibrary,
  written: { parsed: ParsedDocument; version: string },
): ReviewAnnotations {
  const parts = library.current().parts ?? corpusParts(null, []);
  return reviewAnswer(written.parsed, parts, written.version, true);
}

export function relationIn(review: ReviewAnnotations, id: string): ReviewRelation {
  const found = review.relations.find((r) => r.id === id);
  if (!found) throw new NotFoundError(`${review.slug} has no relation \`${id}\`.`, [], 'id');
  return found;
}

export function entityIn(review: ReviewAnnotations, id: string): ReviewEntity {
  const found = review.entities.find((e) => e.id === id);
  if (!found) throw new NotFoundError(`${review.slug} lists no entity \`${id}\`.`, [], 'id');
  return found;
}
