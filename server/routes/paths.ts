// GET /api/paths: how does A connect to B? Paths with evidence on every hop, from named endpoints.
import { Router } from 'express';
import { checkScope } from '../../graph/query/documents.js';
import { answerPathRequest } from '../../graph/query/answer.js';
import { parseParams } from '../../contract/parse.js';
import { PathsQuery } from '../../contract/schemas.js';
import type { EssaySource } from '../essay-source.js';

/** The route's parameters, defined in contract/ (the API docs import them from here). */
export { PathsQuery };

export interface PathRouteOptions {
  /** Work budget of each search (default: the engine's). */
  budget?: number;
}

export function pathRoutes(source: EssaySource, options: PathRouteOptions = {}): Router {
  return Router().get('/api/paths', (req, res) => {
    const request = parseParams(PathsQuery, req.query);
    const essay = source.current();
    checkScope(essay.corpus, request.doc);
    res.json(answerPathRequest(essay, request, options));
  });
}
