// Resolves what a user typed (an id, a label, an alias, a name, a misspelling) to one entity, or refuses to guess.
import { InvalidInputError, NotFoundError } from '../errors.js';
import { SCORES, type EntityIndex, type SearchResult } from '../search.js';
import type { EssayGraph } from '../types.js';
import type { Alternative, Resolved } from './types.js';

export const RESOLVE_DEFAULTS = {
  /** Search scores below this are guesses, not matches: the user gets suggestions instead. */
  minScore: 0.7,
  /** Other matches scoring within this of the best make the input ambiguous ("washington"). */
  ambiguity: 0.1,
  /** A near-match this close to another entity's is a tie: "sino" could be any Sino-… entity, so none is taken. */
  tie: 0.03,
  suggestions: 5,
};

/**
 * The best match wins; other matches nearly as good are reported as `alternatives`, so an answer can say
 * "taken as the United States; did you mean the Washington Examiner?". An exact id always wins outright. A weak
 * match, or a near-match tied with another entity's, is no match: NotFoundError with suggestions, never a guess.
 */
export function resolveEntity(
  graph: EssayGraph,
  index: EntityIndex,
  input: string,
  parameter: string,
): Resolved {
  const text = input.trim();
  if (!text) throw new InvalidInputError(`\`${parameter}\` is empty: name an entity.`, parameter);
  if (graph.hasNode(text)) return toResolved(text, graph, text);

  const results = index.search(text, RESOLVE_DEFAULTS.suggestions + 1);
  const best = results[0];
  if (!best || best.score < RESOLVE_DEFAULTS.minScore || isTie(results))
    throw notFound(text, parameter, results);
  // After an exact name, another entity's name starting with the same word is worth a mention even when that
  // word alone would not name it ("washington": taken as the United States; or the Washington Examiner?).
  const floor =
    best.score === SCORES.exact ? SCORES.commonWordPrefix : best.score - RESOLVE_DEFAULTS.ambiguity;
  const alternatives: Alternative[] = results
    .slice(1)
    .filter((r) => r.score >= floor)
    .map(({ id, label, kind }) => ({ id, label, kind }));
  return toResolved(best.id, graph, text, alternatives);
}

/** Is the best match short of exact, with another entity as good? Then taking either would be a guess. */
function isTie([best, second]: SearchResult[]): boolean {
  return (
    best !== undefined &&
    second !== undefined &&
    best.score < SCORES.exact &&
    second.score >= best.score - RESOLVE_DEFAULTS.tie
  );
}

function notFound(text: string, parameter: string, results: SearchResult[]): NotFoundError {
  const suggestions = results
    .slice(0, RESOLVE_DEFAULTS.suggestions)
    .map(({ id, label }) => ({ id, label }));
  const hint = suggestions.length
    ? ` Did you mean ${suggestions.map((s) => s.label).join(', ')}?`
    : ' Try its full name or another spelling.';
  return new NotFoundError(
    `No entity matches "${text}" (\`${parameter}\`).${hint}`,
    suggestions,
    parameter,
  );
}

function toResolved(
  id: string,
  graph: EssayGraph,
  input: string,
  alternatives: Alternative[] = [],
): Resolved {
  const { label, kind } = graph.getNodeAttributes(id);
  return { input, id, label, kind, ...(alternatives.length ? { alternatives } : {}) };
}

/** An exact entity id, or a NotFoundError whose suggestions are what the id resembles. */
export function requireEntity(
  graph: EssayGraph,
  index: EntityIndex,
  id: string,
  parameter = 'id',
): string {
  if (graph.hasNode(id)) return id;
  const suggestions = index
    .search(id, RESOLVE_DEFAULTS.suggestions)
    .map(({ id: suggested, label }) => ({ id: suggested, label }));
  const hint = suggestions.length
    ? ` Did you mean ${suggestions.map((s) => s.id).join(', ')}?`
    : '';
  throw new NotFoundError(
    `No entity has the id "${id.slice(0, 200)}".${hint}`,
    suggestions,
    parameter,
  );
}
