// The path question as it is sent: what the user asked, narrowed by the legend filters and the year they see.
import { apiScopeOf } from '../../contract/explorer-url.js';
import { writeViewParams } from '../../contract/write.js';
import { EssayGraphError } from '../../graph/errors.js';
import { KIND_PLURAL } from '../../graph/kind-names.js';
import { parsePathQuery } from '../../graph/query/syntax.js';
import type { PathFilters, PathRequest as ApiPathRequest } from '../../graph/query/types.js';
import { MODALITY_LIST, MODALITY_NAMES, RELATION_TYPE_LIST } from './vocabulary.js';
import type { Filters, PathRequest, State } from '../types.js';

/** A line that does not parse is sent as typed: the server's problem document says what is wrong and where. */
export type SentRequest =
  { type: 'paths'; request: ApiPathRequest } | { type: 'line'; line: string };

/** The user's question, parsed; null for a one-line query that does not parse. */
export function askedRequest(request: PathRequest): ApiPathRequest | null {
  if (request.type === 'line') {
    try {
      return parsePathQuery(request.line, 'q');
    } catch (error) {
      if (error instanceof EssayGraphError) return null;
      throw error;
    }
  }
  const q = request.query;
  const asked: ApiPathRequest = { from: q.from, to: q.to, k: q.k, maxHops: q.maxHops };
  if (q.via.length) asked.via = [...q.via];
  if (q.directed) asked.directed = true;
  if (q.factsOnly) asked.facts = true;
  if (q.at !== null) asked.at = q.at;
  return asked;
}

/**
 * The question under the view's filters: hidden kinds are avoided, hidden relation types and modalities left
 * out, the year the slider shows is the year asked (a year typed into the question seeds the slider), and only
 * the documents in scope are searched.
 */
export function sentRequest(
  request: PathRequest,
  view: Pick<State, 'filters' | 'year'> & Partial<Pick<State, 'scope' | 'documents'>>,
): SentRequest {
  const asked = askedRequest(request);
  if (!asked) return { type: 'line', line: request.type === 'line' ? request.line : '' };
  const doc = apiScopeOf(view.scope ?? null, view.documents ?? []);
  const sent = { ...asked, ...narrowed(asked, view.filters, view.year) };
  return { type: 'paths', request: doc ? { ...sent, doc } : sent };
}

function narrowed(asked: PathFilters, filters: Filters, year: number | null): PathFilters {
  const out: PathFilters = {};
  const avoid = new Set([...(asked.avoidKinds ?? []), ...filters.hiddenKinds]);
  if (avoid.size) out.avoidKinds = [...avoid];
  if (filters.hiddenRelations.length)
    out.relations = (asked.relations ?? RELATION_TYPE_LIST).filter(
      (r) => !filters.hiddenRelations.includes(r),
    );
  const shown = MODALITY_LIST.filter((m) => !filters.hiddenModalities.includes(m));
  if (asked.facts || (shown.length === 1 && shown[0] === 'fact')) out.facts = true;
  else if (shown.length < MODALITY_LIST.length) out.modalities = shown;
  const at = year ?? asked.at;
  if (at !== undefined) out.at = at;
  return out;
}

/** Two sends asking the same thing have the same key: a change of key means the answer on screen is stale. */
function sentKey(sent: SentRequest): string {
  return JSON.stringify(sent);
}

/** Would the question on screen be sent the same way under both states' filters and year? */
export function sameSend(next: State, previous: State): boolean {
  const request = next.path.request;
  if (!request) return true;
  return sentKey(sentRequest(request, next)) === sentKey(sentRequest(request, previous));
}

/** /api/paths's query string for a parsed request. */
export function sentSearchParams(r: ApiPathRequest): URLSearchParams {
  return writeViewParams(r);
}

/**
 * The filters an answer ran under, in words, as the path panel states them: "avoiding concepts", "facts only",
 * "in 1969", "57 of 63 relation types", "facts and claims only".
 */
export function filterWords(filters: PathFilters, directed: boolean): string[] {
  const words: string[] = [];
  if (filters.avoidKinds?.length)
    words.push(
      `avoiding ${filters.avoidKinds.map((k) => KIND_PLURAL[k].toLowerCase()).join(', ')}`,
    );
  if (filters.facts) words.push('facts only');
  else if (filters.modalities?.length)
    words.push(`${filters.modalities.map((m) => MODALITY_NAMES[m].toLowerCase()).join(', ')} only`);
  if (filters.relations?.length)
    words.push(
      filters.relations.length <= 3
        ? `only ${filters.relations.join(', ')} relations`
        : `${filters.relations.length} of ${RELATION_TYPE_LIST.length} relation types`,
    );
  if (filters.at !== undefined) words.push(`in ${filters.at}`);
  if (directed) words.push('following arrow direction');
  return words;
}
