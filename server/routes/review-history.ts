// GET /api/documents/:slug/history and POST …/history/:version/restore: the kept versions of a document's annotations.
import { Router, type RequestHandler } from 'express';
import { HistoryVersionParams, type AnnotationsVersion } from '../../contract/annotations.js';
import { parseParams } from '../../contract/parse.js';
import { DocumentSlugParams } from '../../contract/schemas.js';
import { requireDocument } from '../../graph/query/documents.js';
import { listVersions, readVersion } from '../../store/annotations-history.js';
import { writeAnnotations } from '../annotations-writer.js';
import type { CorpusLibrary } from '../corpus-library.js';
import { etagOf } from '../if-match.js';
import { writtenReview } from '../review-answer.js';
import { writableRoot } from './document-writes.js';

/** `readGuard`: the edit token for the list too; `writeGuard`: the restore, a write like any other. */
export function reviewHistoryRoutes(
  library: CorpusLibrary,
  readGuard: RequestHandler[],
  writeGuard: RequestHandler[],
): Router {
  return Router()
    .get('/api/documents/:slug/history', ...readGuard, async (req, res) => {
      const { slug } = parseParams(DocumentSlugParams, req.params);
      const root = writableRoot(library);
      requireDocument(library.current().corpus, slug);
      const versions: AnnotationsVersion[] = await listVersions(root, slug);
      res.set('Cache-Control', 'no-store').json(versions);
    })
    .post('/api/documents/:slug/history/:version/restore', ...writeGuard, async (req, res) => {
      const { slug, version } = parseParams(HistoryVersionParams, req.params);
      const root = writableRoot(library);
      requireDocument(library.current().corpus, slug);
      // Kept versions never change: read before the queue, and restored as a write (the replaced one is kept).
      const text = await readVersion(root, slug, version);
      const written = await writeAnnotations(library, req, slug, () => ({
        text,
        change: `restored version ${version}`,
        id: version,
      }));
      res.set('ETag', etagOf(written.version)).json(writtenReview(library, written));
    });
}
