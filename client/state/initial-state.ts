// The explorer's starting state and the path question the form starts from.
import {
  DEFAULT_PATH_SETTINGS,
  EXPLORER_DEFAULT_K,
  PATH_LIMITS,
} from '../../graph/query/request.js';
import type { PathQuery, State, YearRange } from '../types.js';

export const DEFAULT_PATH_QUERY: PathQuery = {
  from: '',
  via: [],
  to: '',
  k: EXPLORER_DEFAULT_K,
  maxHops: DEFAULT_PATH_SETTINGS.maxHops,
  factsOnly: false,
  directed: DEFAULT_PATH_SETTINGS.directed,
  at: null,
};

/**
 * `years` is the loaded essay's span (yearRangeOf): the state keeps every year inside it. Without an essay (a
 * link computed on the server) only the API's bounds apply.
 */
export function initialState(years: YearRange = PATH_LIMITS.year): State {
  return {
    hoveredNode: null,
    hoveredEdge: null,
    selection: null,
    focus: null,
    focusDepth: 1,
    filters: { hiddenKinds: [], hiddenRelations: [], hiddenModalities: [] },
    years,
    year: null,
    compare: null,
    pins: {},
    path: { request: null, status: { type: 'idle' }, active: null },
    camera: null,
    tab: 'details',
    documents: [],
    scope: null,
    reading: null,
    articles: [],
  };
}
