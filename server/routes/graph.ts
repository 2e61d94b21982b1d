// GET /api/graph: the whole graph in graphology's serialized format, with an ETag.
import { Router } from 'express';
import type { EssaySource } from '../essay-source.js';

export function graphRoutes(source: EssaySource): Router {
  return Router().get('/api/graph', (_req, res) => {
    res.json(source.current().graph.export());
  });
}
