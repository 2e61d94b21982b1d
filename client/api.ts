// Calls to the essay API; errors come back as RFC 9457 problem documents and are thrown as ProblemError.
import { sentSearchParams, type SentRequest } from './state/path-filters.js';
import type { Article, EntityHit, PathAnswer, Problem } from './types.js';
import type { SerializedGraph } from 'graphology-types';

export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
    this.name = 'ProblemError';
  }
}

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ProblemError({
      type: 'about:blank',
      title: 'Network error',
      status: 0,
      detail: 'The server could not be reached. Check your connection and try again.',
    });
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new ProblemError(asProblem(body, response.status));
  return body as T;
}

function asProblem(body: unknown, status: number): Problem {
  if (body && typeof body === 'object' && 'detail' in body) return body as Problem;
  return {
    type: 'about:blank',
    title: 'Request failed',
    status,
    detail: `The server answered ${status}.`,
  };
}

/** `dataset=synthetic` (development servers only) swaps the essay for a large generated graph. */
export function fetchGraph(dataset: string | null): Promise<SerializedGraph> {
  if (dataset === 'synthetic') return getJson('/api/dev/synthetic?nodes=5000&edges=20000');
  return getJson('/api/graph');
}

export function fetchArticle(): Promise<Article> {
  return getJson('/api/article');
}

export async function searchEntities(q: string, signal?: AbortSignal): Promise<EntityHit[]> {
  const params = new URLSearchParams({ q, limit: '8' });
  const body = await getJson<{ results: EntityHit[] }>(`/api/entities?${params}`, signal);
  return body.results;
}

export function fetchPaths(sent: SentRequest, signal?: AbortSignal): Promise<PathAnswer> {
  if (sent.type === 'line')
    return getJson(`/api/query?${new URLSearchParams({ q: sent.line })}`, signal);
  return getJson(`/api/paths?${sentSearchParams(sent.request)}`, signal);
}
