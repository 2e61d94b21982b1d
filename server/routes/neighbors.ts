// GET /api/neighbors/:id?depth=: an entity's neighbourhood as a serialized graph, with the view filters.
import { Router } from 'express';
import { z } from 'zod';
import { NEIGHBORHOOD_DEPTH, neighborhood } from '../../graph/query/neighbors.js';
import { requireEntity } from '../../graph/query/resolve.js';
import type { EssaySource } from '../essay-source.js';
import { EntityIdParams, IntParam, viewFilterShape } from '../query-schemas.js';
import { parseQuery } from '../validate.js';

export const NeighborsQuery = z
  .object({
    depth: IntParam(
      `How many relations away to go (default ${NEIGHBORHOOD_DEPTH.default}).`,
      NEIGHBORHOOD_DEPTH.min,
      NEIGHBORHOOD_DEPTH.max,
    ).optional(),
    ...viewFilterShape,
  })
  .strict();

export function neighborRoutes(source: EssaySource): Router {
  return Router().get('/api/neighbors/:id', (req, res) => {
    const essay = source.current();
    const { id } = parseQuery(EntityIdParams, req.params);
    const { depth, ...filter } = parseQuery(NeighborsQuery, req.query);
    const centre = requireEntity(essay.graph, essay.index, id);
    res.json(neighborhood(essay.graph, centre, depth, filter).export());
  });
}
