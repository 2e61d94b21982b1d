// Relations a name states through the names inside it: "the war in Ukraine", "U.S.-led institutions".
import type { RelationInput } from '../corpus/annotations-schema.js';
import type { RelationTypeId } from '../relation-types.js';
import type { Article } from '../types.js';
import type { FoundMention, MentionSet } from './draft-types.js';
import { stateIdOf } from './gazetteer-mentions.js';
import type { KnownEntities } from './known-entities.js';

type Drafted = RelationInput & { confidence: number; at: number };

/** What the preposition before a place inside an event's name makes of them. */
const EVENT_PREPOSITIONS: Record<string, { type: RelationTypeId; innerIsSource: boolean }> = {
  in: { type: 'took-place-in', innerIsSource: false },
  against: { type: 'participant-in', innerIsSource: true },
  on: { type: 'participant-in', innerIsSource: true },
  with: { type: 'participant-in', innerIsSource: true },
};

/**
 * An event named with a place or state after a preposition ("the war in Ukraine", "a meeting in Brussels") took
 * place there or had it as a party; "<state>-led <something>" is led by that state. Quoted by the name itself.
 */
export function nestedRelations(
  article: Article,
  set: MentionSet,
  known: KnownEntities,
  usable: ReadonlySet<string>,
): Drafted[] {
  const out: Drafted[] = [];
  const mentions = set.mentions.filter((m) => usable.has(m.id));
  for (const outer of mentions) {
    const quote = article.text.slice(outer.start, outer.end);
    const led = /^([\p{L}.]+)-led\s/u.exec(quote);
    const leader = led ? stateIdOf(led[1]!, known) : undefined;
    if (leader && usable.has(leader) && leader !== outer.id)
      out.push(drafted(leader, 'leads', outer, quote, `"${led![0].trim()}" names who leads it`));
    if (set.kinds.get(outer.id) !== 'event') continue;
    for (const inner of mentions.filter(
      (m) => m.start > outer.start && m.end <= outer.end && m.id !== outer.id,
    )) {
      const relation = eventRelation(article.text, outer, inner, set);
      if (relation) out.push(relation);
    }
  }
  return out;
}

function eventRelation(
  text: string,
  outer: FoundMention,
  inner: FoundMention,
  set: MentionSet,
): Drafted | null {
  const preposition =
    /(\p{L}+)\s+$/u.exec(text.slice(outer.start, inner.start))?.[1]?.toLowerCase() ?? '';
  const rule = EVENT_PREPOSITIONS[preposition];
  const kind = set.kinds.get(inner.id);
  if (!rule || (kind !== 'place' && kind !== 'state')) return null;
  const quote = text.slice(outer.start, outer.end);
  const why = `"${preposition} ${text.slice(inner.start, inner.end)}" in the event's name`;
  return rule.innerIsSource
    ? { ...drafted(inner.id, rule.type, outer, quote, why) }
    : { ...drafted(outer.id, rule.type, inner, quote, why), at: outer.start };
}

function drafted(
  source: string,
  relation: RelationTypeId,
  target: FoundMention,
  quote: string,
  reason: string,
): Drafted {
  return {
    source,
    relation,
    target: target.id,
    evidence: [quote],
    status: 'draft',
    confidence: 0.6,
    reason,
    at: target.start,
  };
}
