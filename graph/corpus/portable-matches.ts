// Name matches as they cross between processes: (entity index, start, end) triples in one typed array.
import type { NameMatch, Nameable } from './mentions.js';

/** The matches of `triples`, each entity's id taken again from the `registry` list the indexes point into. */
export function matchesOf(triples: Int32Array, registry: readonly Nameable[]): NameMatch[] {
  const matches: NameMatch[] = [];
  for (let at = 0; at < triples.length; at += 3)
    matches.push({
      id: registry[triples[at]!]!.id,
      start: triples[at + 1]!,
      end: triples[at + 2]!,
    });
  return matches;
}

/** `matches` as triples, each entity by its index in the registry list sent (`indexOf`). */
export function triplesOf(
  matches: readonly NameMatch[],
  indexOf: ReadonlyMap<string, number>,
): Int32Array {
  const triples = new Int32Array(matches.length * 3);
  matches.forEach((m, i) => triples.set([indexOf.get(m.id)!, m.start, m.end], i * 3));
  return triples;
}
