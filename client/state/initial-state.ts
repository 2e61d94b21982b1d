// The explorer's starting state and the bounds every producer respects.
import type { PathQuery, State } from '../types.js';

/** The essay's events span these years. */
export const YEAR_RANGE = { min: 1953, max: 2025 } as const;

export const PATH_LIMITS = { kMin: 1, kMax: 10, hopsMin: 1, hopsMax: 8 } as const;

export const DEFAULT_PATH_QUERY: PathQuery = {
  from: '',
  via: [],
  to: '',
  k: 3,
  maxHops: 6,
  factsOnly: false,
  directed: false,
  at: null,
};

export function initialState(): State {
  return {
    hoveredNode: null,
    hoveredEdge: null,
    selection: null,
    focus: null,
    focusDepth: 1,
    filters: { hiddenKinds: [], hiddenRelations: [], hiddenModalities: [] },
    year: null,
    compare: null,
    pins: {},
    path: { request: null, status: { type: 'idle' }, active: null },
    camera: null,
    tab: 'details',
  };
}
