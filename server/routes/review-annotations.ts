// GET /api/documents/:slug/annotations: what the studio reviews (edit token), with the file's version as its ETag.
import { Router, type RequestHandler } from 'express';
import { AnnotationsQuery } from '../../contract/annotations.js';
import { parseParams } from '../../contract/parse.js';
import { DocumentSlugParams } from '../../contract/schemas.js';
import type { CorpusLibrary } from '../corpus-library.js';
import { etagOf } from '../if-match.js';
import { currentReview } from '../review-answer.js';

/** `guard`: the edit token even to read, as drafts are no public reading. */
export function reviewAnnotationRoutes(library: CorpusLibrary, guard: RequestHandler[]): Router {
  return Router().get('/api/documents/:slug/annotations', ...guard, async (req, res) => {
    const { slug } = parseParams(DocumentSlugParams, req.params);
    const { drafts = false } = parseParams(AnnotationsQuery, req.query);
    const review = await currentReview(library, slug, drafts);
    // Not cached by the browser: a hand edit of the file changes the answer with no request between.
    res.set({ ETag: etagOf(review.version), 'Cache-Control': 'no-store' }).json(review);
  });
}
