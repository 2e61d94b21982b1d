// Calls to the essay API; errors come back as RFC 9457 problem documents and are thrown as ProblemError.
import { sentSearchParams, type SentRequest } from './state/path-filters.js';
import { authorizationHeader } from './edit-token.js';
import type { NewDocument } from '../contract/schemas.js';
import { writeViewParams } from '../contract/write.js';
import type {
  CorpusSummary,
  DocumentArticle,
  DocumentSummary,
  EntityHit,
  PathAnswer,
  Problem,
} from './types.js';
import type { SerializedGraph } from 'graphology-types';
import type { AnnotationsVersion, ReviewAnnotations } from '../contract/annotations.js';

export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
    this.name = 'ProblemError';
  }
}

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  return sendJson<T>(url, { headers: { accept: 'application/json' }, signal });
}

async function sendJson<T>(url: string, init: RequestInit): Promise<T> {
  return (await exchange<T>(url, init)).body;
}

/** The answer's body with its response (for headers such as `ETag`); a refusal throws its problem document. */
async function exchange<T>(
  url: string,
  init: RequestInit,
): Promise<{ body: T; response: Response }> {
  let response: Response;
  try {
    response = await fetch(url, init);
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
  return { body: body as T, response };
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

/** A document's article; without a slug, the corpus's first document (the one essay of a one-document corpus). */
export function fetchArticle(slug?: string, signal?: AbortSignal): Promise<DocumentArticle> {
  const search = slug ? `?${new URLSearchParams({ doc: slug })}` : '';
  return getJson(`/api/article${search}`, signal);
}

/** The library: every document with its metadata and counts, and the corpus's totals. */
export function fetchDocuments(): Promise<CorpusSummary> {
  return getJson('/api/documents');
}

/** POST /api/documents with the tab's edit token; a refusal (401, 403, 413, 422...) throws its problem document. */
export function addDocument(document: NewDocument): Promise<DocumentSummary> {
  return sendJson('/api/documents', {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      ...authorizationHeader(),
    },
    body: JSON.stringify(document),
  });
}

/** Entities matching `q`, among those of the documents `doc` (all, when absent). */
export async function searchEntities(
  q: string,
  doc: readonly string[] | undefined,
  signal?: AbortSignal,
): Promise<EntityHit[]> {
  const params = writeViewParams(
    doc ? { doc: [...doc] } : {},
    new URLSearchParams({ q, limit: '8' }),
  );
  const body = await getJson<{ results: EntityHit[] }>(`/api/entities?${params}`, signal);
  return body.results;
}

export function fetchPaths(sent: SentRequest, signal?: AbortSignal): Promise<PathAnswer> {
  if (sent.type === 'line')
    return getJson(`/api/query?${new URLSearchParams({ q: sent.line })}`, signal);
  return getJson(`/api/paths?${sentSearchParams(sent.request)}`, signal);
}

const reviewPath = (slug: string, rest: string) =>
  `/api/documents/${encodeURIComponent(slug)}/${rest}`;

/** A document's annotations with the drafts, for review (edit token); their version is `version` and the ETag. */
export function fetchReviewAnnotations(
  slug: string,
  signal?: AbortSignal,
): Promise<ReviewAnnotations> {
  const headers = { accept: 'application/json', ...authorizationHeader() };
  return sendJson(reviewPath(slug, 'annotations?drafts=1'), { headers, signal });
}

/** A document's kept versions of its annotations, newest first. */
export function fetchAnnotationsHistory(slug: string): Promise<AnnotationsVersion[]> {
  const headers = { accept: 'application/json', ...authorizationHeader() };
  return sendJson(reviewPath(slug, 'history'), { headers });
}

/** One review write; `ifMatch` is the version it was made against (412 when the file has changed since). */
export async function sendReviewWrite(
  slug: string,
  write: { method: string; path: string; body?: unknown },
  ifMatch: string | null,
): Promise<{ body: unknown; version: string | null }> {
  const headers: Record<string, string> = { accept: 'application/json', ...authorizationHeader() };
  if (write.body !== undefined) headers['content-type'] = 'application/json';
  if (ifMatch !== null) headers['if-match'] = ifMatch;
  const init = { method: write.method, headers, body: JSON.stringify(write.body) };
  const { body, response } = await exchange<unknown>(reviewPath(slug, write.path), init);
  return { body, version: response.headers.get('etag') };
}
