// Problem details in the reader's words: the API names its parameters (`from`, `maxHops`); the panel names what they mean.

/** What each path parameter is, as the path panel says it. */
const PARAMETER_WORDS: Record<string, string> = {
  from: 'the start',
  to: 'the end',
  via: 'a waypoint',
  k: 'the number of paths',
  maxHops: 'the most hops',
  at: 'the year',
  q: 'the query',
  facts: 'facts only',
  directed: 'arrow direction',
  relations: 'the relation types',
  avoidKinds: 'the kinds avoided',
  avoid: 'the kinds avoided',
  modalities: 'the modalities',
};

/**
 * "No entity matches "maoo" (`from`)." → "No entity matches "maoo" (the start)."; any other backticked word
 * loses its backticks, and a detail that starts with one starts with a capital.
 */
export function readableDetail(detail: string): string {
  return detail
    .replace(/`([^`]+)`/g, (_, name: string) => PARAMETER_WORDS[name] ?? name)
    .replace(/^[a-z]/, (letter) => letter.toUpperCase());
}
