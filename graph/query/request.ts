// Defaults and limits of path queries, and the checks that keep every query within them.
import { InvalidInputError } from '../errors.js';
import { RELATION_TYPES } from '../relation-types.js';
import { ENTITY_KINDS, MODALITIES, type EntityKind, type Modality } from '../types.js';
import type { PathFilters, PathRequest, PathSettings } from './types.js';

/** Bounds that keep every query cheap on any corpus; the HTTP schemas and the one-line syntax use the same. */
export const PATH_LIMITS = {
  k: { min: 1, max: 10 },
  maxHops: { min: 1, max: 8 },
  via: { max: 5 },
  year: { min: -3000, max: 3000 },
} as const;

/**
 * Most values a list parameter (`relations`, `kinds`, `avoidKinds`) takes: one of each relation type, so any choice
 * of the closed lists fits. The HTTP schemas enforce it; the explorer's download links rely on it.
 */
export const MAX_LIST_VALUES = Object.keys(RELATION_TYPES).length;

export const DEFAULT_PATH_SETTINGS: Omit<PathSettings, 'filters'> = {
  k: 1,
  maxHops: 6,
  directed: false,
  /**
   * Adjacency entries a query may read. The search is synchronous, so this bounds how long one query can hold
   * the event loop: ~0.3 s on the benchmark machine (docs/performance.md, "Worst-case query"); the costliest
   * worst-case query measured there read 135k.
   */
  budget: 250_000,
};

/** The explorer asks for a few paths by default (the API's default is one): the form and the URL share this. */
export const EXPLORER_DEFAULT_K = 3;

/** Fills defaults and checks bounds; a bad value throws an InvalidInputError naming the parameter. */
export function resolveSettings(
  request: Omit<PathRequest, 'from' | 'to'>,
  budget: number = DEFAULT_PATH_SETTINGS.budget,
): PathSettings {
  const k = request.k ?? DEFAULT_PATH_SETTINGS.k;
  const maxHops = request.maxHops ?? DEFAULT_PATH_SETTINGS.maxHops;
  checkInteger('k', k, PATH_LIMITS.k.min, PATH_LIMITS.k.max);
  checkInteger('maxHops', maxHops, PATH_LIMITS.maxHops.min, PATH_LIMITS.maxHops.max);
  if ((request.via?.length ?? 0) > PATH_LIMITS.via.max)
    throw new InvalidInputError(
      `Give at most ${PATH_LIMITS.via.max} waypoints (\`via\`); got ${request.via!.length}.`,
      'via',
    );
  if (request.at !== undefined)
    checkInteger('at', request.at, PATH_LIMITS.year.min, PATH_LIMITS.year.max);
  if (!(budget > 0))
    throw new InvalidInputError('The work budget must be a positive number.', 'budget');
  for (const kind of request.avoidKinds ?? []) checkKind(kind);
  for (const modality of request.modalities ?? []) checkModality(modality);
  return {
    k,
    maxHops,
    directed: request.directed ?? DEFAULT_PATH_SETTINGS.directed,
    filters: compactFilters(request),
    budget,
  };
}

/** Only the filters that are set, so answers echo what was asked and nothing else. */
function compactFilters(filters: PathFilters): PathFilters {
  const out: PathFilters = {};
  if (filters.at !== undefined) out.at = filters.at;
  if (filters.relations?.length) out.relations = [...new Set(filters.relations)];
  if (filters.avoidKinds?.length) out.avoidKinds = [...new Set(filters.avoidKinds)];
  if (filters.facts) out.facts = true;
  if (filters.modalities?.length) out.modalities = [...new Set(filters.modalities)];
  if (filters.doc?.length) out.doc = [...new Set(filters.doc)];
  return out;
}

function checkInteger(parameter: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new InvalidInputError(
      `\`${parameter}\` must be a whole number from ${min} to ${max}; got ${value}.`,
      parameter,
    );
}

function checkKind(kind: string): asserts kind is EntityKind {
  if (!(ENTITY_KINDS as readonly string[]).includes(kind))
    throw new InvalidInputError(
      `Unknown entity kind "${kind}" in \`avoidKinds\`; use one of: ${ENTITY_KINDS.join(', ')}.`,
      'avoidKinds',
    );
}

function checkModality(modality: string): asserts modality is Modality {
  if (!(MODALITIES as readonly string[]).includes(modality))
    throw new InvalidInputError(
      `Unknown modality "${modality}" in \`modalities\`; use one of: ${MODALITIES.join(', ')}.`,
      'modalities',
    );
}
