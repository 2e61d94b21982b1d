// GET /api/query?q=: the path answer for a one-line query such as `nixon -> mao k=3`.
import { Router } from 'express';
import { z } from 'zod';
import { answerPathRequest } from '../../graph/query/answer.js';
import { QUERY_EXAMPLES, QUERY_OPTIONS } from '../../graph/query/syntax-options.js';
import { parsePathQuery } from '../../graph/query/syntax.js';
import type { EssaySource } from '../essay-source.js';
import type { PathRouteOptions } from './paths.js';
import { parseQuery } from '../validate.js';

export const OneLineQuery = z
  .object({
    q: z
      .string()
      .min(1, 'type a query such as `mao -> khrushchev`')
      .max(500)
      .meta({
        description: `A one-line query: entities joined by \`->\`, then options (${QUERY_OPTIONS.map((o) => `\`${o.example}\``).join(', ')}).`,
        examples: [...QUERY_EXAMPLES],
      }),
  })
  .strict();

export function queryRoutes(source: EssaySource, options: PathRouteOptions = {}): Router {
  return Router().get('/api/query', (req, res) => {
    const { q } = parseQuery(OneLineQuery, req.query);
    res.json(answerPathRequest(source.current(), parsePathQuery(q, 'q'), options));
  });
}
