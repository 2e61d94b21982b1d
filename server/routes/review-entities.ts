// POST, PATCH and DELETE /api/documents/:slug/entities[/:id]: the review adds, edits, merges and removes entities.
import { Router, type RequestHandler, type Response } from 'express';
import {
  EntityPatchBody,
  NewEntityBody,
  ReviewItemParams,
  type Removed,
  type EntityPatch,
  type ReviewEntity,
} from '../../contract/annotations.js';
import { parseParams } from '../../contract/parse.js';
import { DocumentSlugParams } from '../../contract/schemas.js';
import { InvalidInputError } from '../../graph/errors.js';
import type { AnnotationsFile } from '../../store/annotations-file.js';
import {
  addEntity,
  addLocalAlias,
  deleteEntity,
  mergeEntity,
  patchEntity,
} from '../../store/entity-edits.js';
import { editorOf, writeAnnotations, type Written } from '../annotations-writer.js';
import type { CorpusLibrary } from '../corpus-library.js';
import { etagOf } from '../if-match.js';
import { entityIn, writtenReview } from '../review-answer.js';

export function reviewEntityRoutes(library: CorpusLibrary, guard: RequestHandler[]): Router {
  const send = (res: Response, written: Written) =>
    res.set('ETag', etagOf(written.version)).json(writtenEntity(library, written));
  return Router()
    .post('/api/documents/:slug/entities', ...guard, async (req, res) => {
      const { slug } = parseParams(DocumentSlugParams, req.params);
      const body = parseParams(NewEntityBody, req.body);
      const written = await writeAnnotations(library, req, slug, (file, taken) =>
        'linkTo' in body
          ? addLocalAlias(editorOf(file), body.linkTo, body.alias)
          : addEntity(editorOf(file), body, taken),
      );
      const location = `/api/documents/${slug}/entities/${written.id}`;
      send(res.status(201).location(location), written);
    })
    .patch('/api/documents/:slug/entities/:id', ...guard, async (req, res) => {
      const { slug, id } = parseParams(ReviewItemParams, req.params);
      const body = parseParams(EntityPatchBody, req.body);
      const written = await writeAnnotations(library, req, slug, (file) =>
        changeEntity(file, id, body),
      );
      send(res, written);
    })
    .delete('/api/documents/:slug/entities/:id', ...guard, async (req, res) => {
      const { slug, id } = parseParams(ReviewItemParams, req.params);
      const written = await writeAnnotations(library, req, slug, (file) =>
        deleteEntity(editorOf(file), id),
      );
      const removed: Removed = { id, version: written.version };
      res.set('ETag', etagOf(written.version)).json(removed);
    });
}

/** A merge changes nothing else: the entity is gone once merged, so fields given beside it are refused. */
function changeEntity(file: AnnotationsFile, id: string, { mergeInto, ...fields }: EntityPatch) {
  if (mergeInto === undefined) return patchEntity(editorOf(file), id, fields);
  if (Object.keys(fields).length > 0)
    throw new InvalidInputError(
      'Parameter `mergeInto`: a merge takes no other field; change the entity first, then merge it.',
      'mergeInto',
    );
  return mergeEntity(editorOf(file), id, mergeInto);
}

function writtenEntity(library: CorpusLibrary, written: Written): ReviewEntity {
  return entityIn(writtenReview(library, written), written.id);
}
