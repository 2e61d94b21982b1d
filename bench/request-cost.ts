// Where the time of one /api/paths request goes, measured in process: resolving the names, searching, JSON.
import type { LoadedEssay } from '../graph/essay.js';
import { answerPathRequest } from '../graph/query/answer.js';
import { searchPaths } from '../graph/query/paths.js';
import { resolveEntity } from '../graph/query/resolve.js';
import type { PathRequest } from '../graph/query/types.js';
import { cachedIndex } from '../server/answer-cache.js';

export interface RequestCost {
  /** How many names the request resolves (from, the waypoints, to). */
  names: number;
  /** Mean microseconds per call of each step. */
  answerUs: number;
  resolveUs: number;
  searchUs: number;
  jsonUs: number;
}

const WARMUP = 200;
const BATCHES = 5;
const CALLS = 400;

/** The from/via/to of a /api/paths URL (other parameters are left to their defaults here). */
export function pathRequestOf(url: string): PathRequest {
  const params = new URL(url, 'http://localhost').searchParams;
  return {
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    ...(params.has('via') ? { via: params.getAll('via') } : {}),
  };
}

export function measureRequestCost(loaded: LoadedEssay, request: PathRequest): RequestCost {
  // As the server answers: names through its answer cache.
  const essay = { ...loaded, index: cachedIndex(loaded.index) };
  const names = [request.from, ...(request.via ?? []), request.to];
  const resolve = () => names.map((name) => resolveEntity(essay.graph, essay.index, name, 'from'));
  const ids = resolve().map((r) => r.id);
  const answer = answerPathRequest(essay, request);
  const [answerUs, resolveUs, searchUs, jsonUs] = fastestMeans([
    () => answerPathRequest(essay, request),
    resolve,
    () => searchPaths(essay.graph, ids),
    () => JSON.stringify(answer),
  ]);
  return {
    names: names.length,
    answerUs: answerUs!,
    resolveUs: resolveUs!,
    searchUs: searchUs!,
    jsonUs: jsonUs!,
  };
}

/**
 * Mean microseconds per call of each function: batches taken in turn, the fastest batch of each kept, so a
 * burst of other work on the shared cores slows one batch and not one step's figure.
 */
function fastestMeans(fns: (() => unknown)[]): number[] {
  for (const fn of fns) for (let i = 0; i < WARMUP; i++) fn();
  const best = fns.map(() => Infinity);
  for (let b = 0; b < BATCHES; b++) {
    fns.forEach((fn, f) => {
      const start = performance.now();
      for (let i = 0; i < CALLS; i++) fn();
      best[f] = Math.min(best[f]!, ((performance.now() - start) / CALLS) * 1000);
    });
  }
  return best;
}
