// GET /api/query?q=: the path answer for a one-line query such as `nixon -> mao k=3`.
import { Router } from 'express';
import { z } from 'zod';
import { parseParams } from '../../contract/parse.js';
import { oneLineParam } from '../../contract/schemas.js';
import { answerPathRequest } from '../../graph/query/answer.js';
import { QUERY_EXAMPLES, QUERY_OPTIONS } from '../../graph/query/syntax-options.js';
import { parsePathQuery } from '../../graph/query/syntax.js';
import type { EssaySource } from '../essay-source.js';
import type { PathRouteOptions } from './paths.js';

export const OneLineQuery = z
  .object({
    q: oneLineParam(QUERY_EXAMPLES, QUERY_OPTIONS.map((o) => `\`${o.example}\``).join(', ')),
  })
  .strict();

export function queryRoutes(source: EssaySource, options: PathRouteOptions = {}): Router {
  return Router().get('/api/query', (req, res) => {
    const { q } = parseParams(OneLineQuery, req.query);
    res.json(answerPathRequest(source.current(), parsePathQuery(q, 'q'), options));
  });
}
