// Producers for the path query: the question asked, its answer, and which answer is drawn on the graph.
import { setYear } from './filters.js';
import { VIEW_PARAMS } from '../../contract/params.js';
import { writeViewParams } from '../../contract/write.js';
import { DEFAULT_PATH_QUERY } from './initial-state.js';
import { askedRequest } from './path-filters.js';
import type {
  FoundPath,
  PathAnswer,
  PathQuery,
  PathRequest,
  Problem,
  Producer,
  State,
} from '../types.js';

/**
 * Asks a question (every time anew: asking the same question again runs it again). A year typed into the
 * question moves the year slider there, so that the graph shows the year the answer holds in.
 */
export const askPath =
  (request: PathRequest | null): Producer =>
  (state) => {
    const year = request ? askedRequest(request)?.at : undefined;
    const next: State = {
      ...state,
      path: { request, status: request ? { type: 'loading' } : { type: 'idle' }, active: null },
      tab: request ? 'paths' : state.tab,
    };
    return year === undefined ? next : setYear(year)(next);
  };

/** The same question again, after the filters it runs under changed; the panel stays where it is. */
export const rerunPath = (): Producer => (state) =>
  state.path.request
    ? { ...state, path: { ...state.path, status: { type: 'loading' }, active: null } }
    : state;

/** No question: the path, its answer and its emphasis on the graph go. */
export const clearPath = (): Producer => (state) =>
  state.path.request === null && state.path.status.type === 'idle'
    ? state
    : { ...state, path: { request: null, status: { type: 'idle' }, active: null } };

/** Answers are matched to the request they belong to, so a slow answer to an old question is dropped. */
export const receivePaths =
  (request: PathRequest, answer: PathAnswer): Producer =>
  (state) =>
    state.path.request !== request
      ? state
      : {
          ...state,
          path: {
            request,
            status: { type: 'done', answer },
            active: answer.paths.length > 0 ? (state.path.active ?? 0) : null,
          },
        };

export const failPaths =
  (request: PathRequest, problem: Problem): Producer =>
  (state) =>
    state.path.request !== request
      ? state
      : { ...state, path: { request, status: { type: 'error', problem }, active: null } };

export const showPath =
  (index: number | null): Producer =>
  (state) => {
    const count = state.path.status.type === 'done' ? state.path.status.answer.paths.length : 0;
    const active = index !== null && index >= 0 && index < count ? index : null;
    return state.path.active === active ? state : { ...state, path: { ...state.path, active } };
  };

/** The answer's path drawn on the graph, or null. */
export function activePath(state: State): FoundPath | null {
  const { status, active } = state.path;
  if (status.type !== 'done' || active === null) return null;
  return status.answer.paths[active] ?? null;
}

/** Keeps k and max hops inside the API's bounds (contract/params.ts) and drops empty waypoints. */
export function normalizePathQuery(query: Partial<PathQuery>): PathQuery {
  const q = { ...DEFAULT_PATH_QUERY, ...query };
  return {
    from: q.from.trim(),
    via: q.via.map((v) => v.trim()).filter(Boolean),
    to: q.to.trim(),
    k: clamp(q.k, VIEW_PARAMS.k, DEFAULT_PATH_QUERY.k),
    maxHops: clamp(q.maxHops, VIEW_PARAMS.maxHops, DEFAULT_PATH_QUERY.maxHops),
    factsOnly: Boolean(q.factsOnly),
    directed: Boolean(q.directed),
    at: q.at === null || !Number.isFinite(q.at) ? null : Math.round(q.at),
  };
}

/** The query string the paths API takes for a form query. */
export function pathSearchParams(query: PathQuery): URLSearchParams {
  const { factsOnly, at, ...rest } = query;
  return writeViewParams({ ...rest, facts: factsOnly, at: at ?? undefined });
}

/** Moves waypoint `index` by `delta` places (the form's up/down buttons). */
export function moveVia<T>(via: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= via.length || target < 0 || target >= via.length) return [...via];
  const next = [...via];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

function clamp(n: number, limits: { min: number; max: number }, fallback: number): number {
  if (!Number.isFinite(n)) return fallback;
  return Math.min(limits.max, Math.max(limits.min, Math.round(n)));
}
