// GET /api/paths: how does A connect to B? Paths with evidence on every hop, from named endpoints.
import { Router } from 'express';
import { z } from 'zod';
import { answerPathRequest } from '../../graph/query/answer.js';
import { DEFAULT_PATH_SETTINGS, PATH_LIMITS } from '../../graph/query/request.js';
import { ENTITY_KINDS } from '../../graph/types.js';
import type { EssaySource } from '../essay-source.js';
import {
  BoolParam,
  FactsParam,
  IntParam,
  listParam,
  ModalitiesParam,
  RelationsParam,
  YearParam,
} from '../query-schemas.js';
import { parseQuery } from '../validate.js';

const EntityName = (description: string) =>
  z.string().trim().min(1, 'name an entity').max(200).meta({ description });

export const PathsQuery = z
  .object({
    from: EntityName(
      'Where paths start: an entity id, label, alias or name (misspellings tolerated).',
    ),
    to: EntityName('Where paths end: an entity id, label, alias or name.'),
    via: listParam(
      `Waypoints visited in order, at most ${PATH_LIMITS.via.max}.`,
      undefined,
      PATH_LIMITS.via.max,
    ).optional(),
    k: IntParam(
      `How many paths, shortest first (default ${DEFAULT_PATH_SETTINGS.k}).`,
      PATH_LIMITS.k.min,
      PATH_LIMITS.k.max,
    ).optional(),
    maxHops: IntParam(
      `The longest path allowed, in hops (default ${DEFAULT_PATH_SETTINGS.maxHops}).`,
      PATH_LIMITS.maxHops.min,
      PATH_LIMITS.maxHops.max,
    ).optional(),
    directed: BoolParam(
      'Follow relations in their own direction only (default false: either way).',
    ).optional(),
    relations: RelationsParam.optional(),
    avoidKinds: listParam(
      'No intermediate entities of these kinds (endpoints and waypoints are exempt).',
      ENTITY_KINDS,
    ).optional(),
    facts: FactsParam.optional(),
    modalities: ModalitiesParam.optional(),
    at: YearParam.optional(),
  })
  .strict();

export interface PathRouteOptions {
  /** Work budget of each search (default: the engine's). */
  budget?: number;
}

export function pathRoutes(source: EssaySource, options: PathRouteOptions = {}): Router {
  return Router().get('/api/paths', (req, res) => {
    const request = parseQuery(PathsQuery, req.query);
    res.json(answerPathRequest(source.current(), request, options));
  });
}
