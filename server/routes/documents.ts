// GET /api/documents and /api/documents/:slug: the library, each document's metadata and counts.
import { Router } from 'express';
import { parseParams } from '../../contract/parse.js';
import { DocumentSlugParams } from '../../contract/schemas.js';
import {
  corpusSummary,
  countsOfDocument,
  documentSummary,
  requireDocument,
} from '../../graph/query/documents.js';
import type { EssaySource } from '../essay-source.js';

export function documentRoutes(source: EssaySource): Router {
  return Router()
    .get('/api/documents', (_req, res) => {
      res.json(corpusSummary(source.current()));
    })
    .get('/api/documents/:slug', (req, res) => {
      const { slug } = parseParams(DocumentSlugParams, req.params);
      const essay = source.current();
      const doc = requireDocument(essay.corpus, slug);
      res.json(documentSummary(doc, countsOfDocument(essay, slug)));
    });
}
