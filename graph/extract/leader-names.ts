// Organizations named after their leader: "the Nixon administration" is led by Richard Nixon.
import type { RelationInput } from '../corpus/annotations-schema.js';
import type { Article } from '../types.js';
import type { MentionSet } from './draft-types.js';
import type { KnownEntities } from './known-entities.js';

/** Heads of names that English gives a government or campaign after the person who leads it. */
const LED_BY_THE_NAMED = new Set([
  'administration',
  'government',
  'cabinet',
  'campaign',
  'presidency',
  'regime',
]);

/**
 * Every organization mention "<surname> administration" (and the like) where the surname is that of exactly one
 * person the draft relates: the person leads it, quoted by the mention itself.
 */
export function leaderRelations(
  article: Article,
  set: MentionSet,
  known: KnownEntities,
  usable: ReadonlySet<string>,
): (RelationInput & { confidence: number; at: number })[] {
  const persons = personsBySurname(set, known, usable);
  const out: (RelationInput & { confidence: number; at: number })[] = [];
  for (const m of set.mentions) {
    if (set.kinds.get(m.id) !== 'organization' || !usable.has(m.id)) continue;
    const quote = article.text.slice(m.start, m.end);
    const words = quote.toLowerCase().split(/\s+/);
    if (words.length !== 2 || !LED_BY_THE_NAMED.has(words[1]!)) continue;
    const leader = persons.get(words[0]!);
    if (!leader) continue;
    out.push({
      source: leader,
      relation: 'leads',
      target: m.id,
      evidence: [quote],
      status: 'draft',
      confidence: 0.6,
      reason: `"${quote}" is named after its leader`,
      at: m.start,
    });
  }
  return out;
}

function personsBySurname(
  set: MentionSet,
  known: KnownEntities,
  usable: ReadonlySet<string>,
): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const id of usable) {
    if (set.kinds.get(id) !== 'person') continue;
    const label = set.proposed.get(id)?.label ?? known.byId.get(id)?.label ?? '';
    const surname = label.toLowerCase().split(/\s+/).at(-1)!;
    owners.set(surname, (owners.get(surname) ?? new Set()).add(id));
  }
  return new Map(
    [...owners].filter(([, ids]) => ids.size === 1).map(([s, ids]) => [s, [...ids][0]!]),
  );
}
