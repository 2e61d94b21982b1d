// Answers a path request in names: resolves the endpoints, searches, and says why when nothing connects them.
import type { EntityIndex } from '../search.js';
import type { EssayGraph } from '../types.js';
import { searchPaths } from './paths.js';
import { resolveSettings } from './request.js';
import { resolveEntity } from './resolve.js';
import type { PathAnswer, PathRequest, PathSettings, Resolved } from './types.js';

export interface AnswerOptions {
  /** Work budget of the search (see DEFAULT_PATH_SETTINGS). */
  budget?: number;
}

export function answerPathRequest(
  essay: { graph: EssayGraph; index: EntityIndex },
  request: PathRequest,
  options: AnswerOptions = {},
): PathAnswer {
  const { graph, index } = essay;
  const settings = resolveSettings(request, options.budget);
  const from = resolveEntity(graph, index, request.from, 'from');
  const via = (request.via ?? []).map((v) => resolveEntity(graph, index, v, 'via'));
  const to = resolveEntity(graph, index, request.to, 'to');
  const stops = [from, ...via, to];
  const { k, maxHops, directed, filters, budget } = settings;
  const search = searchPaths(
    graph,
    stops.map((s) => s.id),
    { k, maxHops, directed, budget, ...filters },
  );
  const answer: PathAnswer = {
    query: { from, to, via, k, maxHops, directed, filters },
    paths: search.paths,
  };
  if (search.paths.length === 0) answer.reason = noPathReason(stops, search.failedLeg, settings);
  return answer;
}

function noPathReason(stops: Resolved[], failedLeg: number | null, settings: PathSettings): string {
  const limits = `in at most ${settings.maxHops} hop${settings.maxHops === 1 ? '' : 's'}${conditions(settings)}`;
  if (stops.length === 2)
    return `No path connects ${stops[0]!.label} and ${stops[1]!.label} ${limits}.`;
  if (failedLeg !== null)
    return (
      `No path connects ${stops[failedLeg]!.label} and ${stops[failedLeg + 1]!.label} ` +
      `without passing through the other stops, ${limits}.`
    );
  const names = stops.map((s) => s.label);
  return (
    `No path goes from ${names[0]} through ${names.slice(1, -1).join(', then ')} to ${names.at(-1)} ` +
    `without visiting an entity twice, ${limits}.`
  );
}

/** The settings that narrow a search, in words: " (following relation direction; facts only; in 1969)". */
export function conditions(settings: Pick<PathSettings, 'directed' | 'filters'>): string {
  const { filters } = settings;
  const parts: string[] = [];
  if (settings.directed) parts.push('following relation direction');
  if (filters.facts) parts.push('facts only');
  if (filters.at !== undefined) parts.push(`in ${filters.at}`);
  if (filters.relations?.length) parts.push(`relations: ${filters.relations.join(', ')}`);
  if (filters.avoidKinds?.length) parts.push(`avoiding: ${filters.avoidKinds.join(', ')}`);
  if (filters.modalities?.length) parts.push(`only: ${filters.modalities.join(', ')}`);
  if (filters.doc?.length) parts.push(`in ${filters.doc.join(', ')}`);
  return parts.length ? ` (${parts.join('; ')})` : '';
}
