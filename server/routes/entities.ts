// GET /api/entities?q=&limit=: entity search by id, label, alias or name, tolerant of misspellings.
import { Router } from 'express';
import { z } from 'zod';
import type { EssaySource } from '../essay-source.js';
import { parseParams } from '../../contract/parse.js';
import { DocScopeQuery, intParam } from '../../contract/schemas.js';
import { checkScope } from '../../graph/query/documents.js';
import { entitiesInScope } from '../../graph/query/view-filter.js';

export const EntitySearchQuery = z
  .object({
    q: z.string().trim().min(1, 'give the text to search for').max(200),
    limit: intParam({
      meaning: 'How many results at most (default 10).',
      min: 1,
      max: 100,
    }).default(10),
    ...DocScopeQuery.shape,
  })
  .strict();

export function entityRoutes(source: EssaySource): Router {
  return Router().get('/api/entities', (req, res) => {
    const { q, limit, doc } = parseParams(EntitySearchQuery, req.query);
    const { corpus, graph, index } = source.current();
    checkScope(corpus, doc);
    const inScope = entitiesInScope(graph, doc);
    if (inScope === null) return void res.json({ results: index.search(q, limit) });
    const results = index.search(q, graph.order).filter((r) => inScope.has(r.id));
    res.json({ results: results.slice(0, limit) });
  });
}
