// The review API of a document's annotations, every route behind the edit token: reads, edits and history.
import { Router, type RequestHandler } from 'express';
import type { CorpusLibrary } from '../corpus-library.js';
import { reviewAnnotationRoutes } from './review-annotations.js';
import { reviewEntityRoutes } from './review-entities.js';
import { reviewHistoryRoutes } from './review-history.js';
import { reviewRelationRoutes } from './review-relations.js';

/**
 * `readGuard` (the token, for GETs too) and `writeGuard` (the shared write guard: its rate limit counts every
 * write of a client). POST /api/documents/:slug/draft, the extractor's proposals, joins these routes when it comes.
 */
export function reviewRoutes(
  library: CorpusLibrary,
  readGuard: RequestHandler[],
  writeGuard: RequestHandler[],
): Router {
  return Router()
    .use(reviewAnnotationRoutes(library, readGuard))
    .use(reviewRelationRoutes(library, writeGuard))
    .use(reviewEntityRoutes(library, writeGuard))
    .use(reviewHistoryRoutes(library, readGuard, writeGuard));
}
