// POST, PATCH and DELETE /api/documents/:slug/relations[/:id]: the review adds, edits, accepts and removes relations.
import { Router, type RequestHandler, type Response } from 'express';
import {
  NewRelationBody,
  RelationPatchBody,
  ReviewItemParams,
  type Removed,
  type ReviewRelation,
} from '../../contract/annotations.js';
import { parseParams } from '../../contract/parse.js';
import { DocumentSlugParams } from '../../contract/schemas.js';
import { addRelation, deleteRelation, patchRelation } from '../../store/relation-edits.js';
import { editorOf, writeAnnotations, type Written } from '../annotations-writer.js';
import type { CorpusLibrary } from '../corpus-library.js';
import { etagOf } from '../if-match.js';
import { relationIn, writtenReview } from '../review-answer.js';

export function reviewRelationRoutes(library: CorpusLibrary, guard: RequestHandler[]): Router {
  const send = (res: Response, written: Written) =>
    res.set('ETag', etagOf(written.version)).json(writtenRelation(library, written));
  return Router()
    .post('/api/documents/:slug/relations', ...guard, async (req, res) => {
      const { slug } = parseParams(DocumentSlugParams, req.params);
      const body = parseParams(NewRelationBody, req.body);
      const written = await writeAnnotations(library, req, slug, (file) =>
        addRelation(editorOf(file), body),
      );
      const location = `/api/documents/${slug}/relations/${encodeURIComponent(written.id)}`;
      send(res.status(201).location(location), written);
    })
    .patch('/api/documents/:slug/relations/:id', ...guard, async (req, res) => {
      const { slug, id } = parseParams(ReviewItemParams, req.params);
      const body = parseParams(RelationPatchBody, req.body);
      const written = await writeAnnotations(library, req, slug, (file) =>
        patchRelation(editorOf(file), id, body),
      );
      send(res, written);
    })
    .delete('/api/documents/:slug/relations/:id', ...guard, async (req, res) => {
      const { slug, id } = parseParams(ReviewItemParams, req.params);
      const written = await writeAnnotations(library, req, slug, (file) =>
        deleteRelation(editorOf(file), id),
      );
      const removed: Removed = { id, version: written.version };
      res.set('ETag', etagOf(written.version)).json(removed);
    });
}

function writtenRelation(library: CorpusLibrary, written: Written): ReviewRelation {
  return relationIn(writtenReview(library, written), written.id);
}
