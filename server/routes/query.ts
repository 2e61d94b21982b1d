// GET /api/query?q=: the path answer for a one-line query such as `nixon -> mao k=3`.
import { Router } from 'express';
import { checkScope } from '../../graph/query/documents.js';
import { z } from 'zod';
import { parseParams } from '../../contract/parse.js';
import { DocScopeQuery, oneLineParam } from '../../contract/schemas.js';
import { answerPathRequest } from '../../graph/query/answer.js';
import { QUERY_EXAMPLES, QUERY_OPTIONS } from '../../graph/query/syntax-options.js';
import { parsePathQuery } from '../../graph/query/syntax.js';
import type { EssaySource } from '../essay-source.js';
import type { PathRouteOptions } from './paths.js';

export const OneLineQuery = z
  .object({
    q: oneLineParam(QUERY_EXAMPLES, QUERY_OPTIONS.map((o) => `\`${o.example}\``).join(', ')),
    ...DocScopeQuery.shape,
  })
  .strict();

export function queryRoutes(source: EssaySource, options: PathRouteOptions = {}): Router {
  return Router().get('/api/query', (req, res) => {
    const { q, doc } = parseParams(OneLineQuery, req.query);
    const essay = source.current();
    checkScope(essay.corpus, doc);
    const request = parsePathQuery(q, 'q');
    res.json(answerPathRequest(essay, doc ? { ...request, doc } : request, options));
  });
}
