// GET /api/graph: the graph as drawn (sizes, colours) in graphology's serialized format, optionally filtered.
import { createHash } from 'node:crypto';
import { Router } from 'express';
import { drawGraph } from '../../export/drawn-graph.js';
import { filterGraph, isEmptyFilter } from '../../graph/query/view-filter.js';
import { checkScope } from '../../graph/query/documents.js';
import type { ViewFilter } from '../../graph/query/types.js';
import type { EssayGraph } from '../../graph/types.js';
import type { EssaySource } from '../essay-source.js';
import { parseParams } from '../../contract/parse.js';
import { ViewFilterQuery } from '../../contract/schemas.js';
import { viewCache } from '../view-cache.js';

/** Views are serialized once per graph and filter; `at` takes many values, so the cache is bounded. */
const views = viewCache<{ body: string; etag: string }>(64);

/**
 * The strong ETag is the body's hash, computed once per cached view; a matching If-None-Match answers 304;
 * `no-cache` makes clients revalidate every time, so a swapped corpus is never served stale.
 */
export function graphRoutes(source: EssaySource): Router {
  return Router().get('/api/graph', (req, res) => {
    const filter = parseParams(ViewFilterQuery, req.query);
    const essay = source.current();
    checkScope(essay.corpus, filter.doc);
    const { body, etag } = serializedView(essay, filter);
    // Set here, Express does not hash the same body again on every request.
    res.set({ 'Cache-Control': 'no-cache', ETag: etag }).type('application/json').send(body);
  });
}

/**
 * Cached per loaded essay, not per graph: adding or removing a document changes the graph in place (a new essay
 * around the same graph), and the view must change with it.
 */
function serializedView(
  essay: { graph: EssayGraph },
  filter: ViewFilter,
): { body: string; etag: string } {
  const { graph } = essay;
  return views.get(essay, filterKey(filter), () => {
    const body = JSON.stringify(
      drawGraph(isEmptyFilter(filter) ? graph : filterGraph(graph, filter)).export(),
    );
    return { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
  });
}

function filterKey(filter: ViewFilter): string {
  return JSON.stringify([
    [...new Set(filter.doc ?? [])].sort(),
    filter.at ?? null,
    [...new Set(filter.relations ?? [])].sort(),
    [...new Set(filter.kinds ?? [])].sort(),
    filter.facts ?? false,
    [...new Set(filter.modalities ?? [])].sort(),
  ]);
}
