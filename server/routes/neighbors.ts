// GET /api/neighbors/:id?depth=: an entity's neighbourhood as a serialized graph, as drawn, with the view filters.
import { Router } from 'express';
import { checkScope } from '../../graph/query/documents.js';
import { parseParams } from '../../contract/parse.js';
import { EntityIdParams, NeighborsQuery } from '../../contract/schemas.js';
import { drawGraph } from '../../export/drawn-graph.js';
import { neighborhood } from '../../graph/query/neighbors.js';
import { requireEntity } from '../../graph/query/resolve.js';
import type { EssaySource } from '../essay-source.js';

/** The route's parameters, defined in contract/ (the API docs import them from here). */
export { NeighborsQuery };

export function neighborRoutes(source: EssaySource): Router {
  return Router().get('/api/neighbors/:id', (req, res) => {
    const essay = source.current();
    const { id } = parseParams(EntityIdParams, req.params);
    const { depth, ...filter } = parseParams(NeighborsQuery, req.query);
    checkScope(essay.corpus, filter.doc);
    const centre = requireEntity(essay.graph, essay.index, id);
    res.json(drawGraph(neighborhood(essay.graph, centre, depth, filter)).export());
  });
}
