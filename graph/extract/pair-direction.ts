// Which end of a pair is the relation's source: the subject, a "by" passive's agent, the holder of an office.
import { RELATION_TYPES, type RelationType, type RelationTypeId } from '../relation-types.js';
import type { EntityKind } from '../types.js';
import type { FoundMention } from './draft-types.js';

/** Types a person holds towards an organization or state, whichever is named first ("China's president Xi"). */
const HELD_BY_A_PERSON: ReadonlySet<RelationTypeId> = new Set([
  'works-at',
  'alumnus-of',
  'published-in',
  'founded',
]);
/** Types whose target is the larger place: "Brussels, Belgium", "the war in Ukraine". */
const CONTAINED_IN: ReadonlySet<RelationTypeId> = new Set([
  'located-in',
  'took-place-in',
  'part-of',
]);
const PASSIVE = /\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$/i;

export function orient(
  text: string,
  pair: [FoundMention, FoundMention],
  type: RelationTypeId,
  cue: { start: number; end: number },
  kinds: ReadonlyMap<string, EntityKind>,
): [FoundMention, FoundMention] | null {
  const [a, b] = pair;
  const kind = (m: FoundMention) => kinds.get(m.id);
  // An office or a post joins a person to a state or an organization, never two people or two states.
  if ((RELATION_TYPES[type] as RelationType).office || HELD_BY_A_PERSON.has(type)) {
    if ((kind(a) === 'person') === (kind(b) === 'person')) return null;
    // … and a post is held at a state or an organization, not at an event or a place.
    const held = kind(a) === 'person' ? kind(b) : kind(a);
    if (held !== 'state' && held !== 'organization') return null;
    return kind(a) === 'person' ? [a, b] : [b, a];
  }
  if (CONTAINED_IN.has(type) && kind(a) === 'state' && kind(b) !== 'state') return [b, a];
  // "X was denounced by Y": the agent after "by" is the subject.
  const passive =
    PASSIVE.test(text.slice(a.end, cue.start)) && /^\s*by\b/i.test(text.slice(cue.end, b.start));
  return passive ? [b, a] : [a, b];
}
