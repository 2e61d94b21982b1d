// GET /api/graph: the graph in graphology's serialized format, optionally filtered (at, relations, kinds, facts).
import { Router } from 'express';
import { filterGraph, isEmptyFilter } from '../../graph/query/view-filter.js';
import type { ViewFilter } from '../../graph/query/types.js';
import type { EssayGraph } from '../../graph/types.js';
import type { EssaySource } from '../essay-source.js';
import { ViewFilterQuery } from '../query-schemas.js';
import { parseQuery } from '../validate.js';
import { viewCache } from '../view-cache.js';

/** Views are serialized once per graph and filter; `at` takes many values, so the cache is bounded. */
const views = viewCache<{ body: string }>(64);

/**
 * Express's strong ETag (set in app.ts) is computed from the body, and a matching If-None-Match answers 304;
 * `no-cache` makes clients revalidate every time, so a swapped corpus is never served stale.
 */
export function graphRoutes(source: EssaySource): Router {
  return Router().get('/api/graph', (req, res) => {
    const filter = parseQuery(ViewFilterQuery, req.query);
    res
      .set('Cache-Control', 'no-cache')
      .type('application/json')
      .send(serializedView(source.current().graph, filter));
  });
}

function serializedView(graph: EssayGraph, filter: ViewFilter): string {
  return views.get(graph, filterKey(filter), () => ({
    body: JSON.stringify((isEmptyFilter(filter) ? graph : filterGraph(graph, filter)).export()),
  })).body;
}

function filterKey(filter: ViewFilter): string {
  return JSON.stringify([
    filter.at ?? null,
    [...new Set(filter.relations ?? [])].sort(),
    [...new Set(filter.kinds ?? [])].sort(),
    filter.facts ?? false,
  ]);
}
