// POST /api/documents adds a document; DELETE /api/documents/:slug moves one to the trash. Both behind the write guard.
import { Router, type RequestHandler } from 'express';
import { parseParams } from '../../contract/parse.js';
import { DocumentSlugParams, NewDocumentBody } from '../../contract/schemas.js';
import { ConflictError, CorpusError } from '../../graph/errors.js';
import { countsOfDocument, documentSummary, requireDocument } from '../../graph/query/documents.js';
import { createDocumentFolder } from '../../store/document-folder.js';
import { newDocument } from '../../store/new-document.js';
import { trashDocument } from '../../store/trash.js';
import type { CorpusLibrary } from '../corpus-library.js';
import { ReadOnlyError } from '../write-errors.js';

export function documentWriteRoutes(library: CorpusLibrary, guard: RequestHandler[]): Router {
  return Router()
    .post('/api/documents', ...guard, async (req, res) => {
      const input = parseParams(NewDocumentBody, req.body);
      const root = writableRoot(library);
      const slug = await library.exclusive(async () => {
        const taken = library.current().corpus.documents.map((d) => d.slug);
        const made = await newDocument(root, input, taken);
        await library.applyDocument(made.parsed, () =>
          createDocumentFolder(root, made.slug, made.files),
        );
        return made.slug;
      });
      const essay = library.current();
      const summary = documentSummary(
        requireDocument(essay.corpus, slug),
        countsOfDocument(essay, slug),
      );
      res.status(201).location(`/api/documents/${slug}`).json(summary);
    })
    .delete('/api/documents/:slug', ...guard, async (req, res) => {
      const { slug } = parseParams(DocumentSlugParams, req.params);
      const root = writableRoot(library);
      const trashedAs = await library.exclusive(async () => {
        const { corpus } = library.current();
        requireDocument(corpus, slug);
        if (corpus.documents.length === 1)
          throw new ConflictError(
            `"${slug}" is the corpus's only document; add another before trashing it.`,
          );
        let trashed = '';
        await conflictOnCorpusError(() =>
          library.removeDocument(slug, async () => {
            trashed = (await trashDocument(root, slug)).trashedAs;
          }),
        );
        return trashed;
      });
      res.json({ slug, trashedAs });
    });
}

/** The corpus root writes go to; a server pointed at one document folder writes nothing. */
export function writableRoot(library: CorpusLibrary): string {
  if (library.root !== null) return library.root;
  throw new ReadOnlyError(
    'This server serves one document folder (CORPUS_DIR); point CORPUS_DIR at a corpus root to add or trash documents.',
  );
}

/** Taking a document out fails only when others still need what it alone declares: a conflict, not bad input. */
async function conflictOnCorpusError(change: () => Promise<void>): Promise<void> {
  try {
    await change();
  } catch (error) {
    if (error instanceof CorpusError) throw new ConflictError(error.message);
    throw error;
  }
}
