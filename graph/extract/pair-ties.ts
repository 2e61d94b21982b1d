// How closely a sentence ties two mentions: a trigger between them, their distance, the clause boundaries crossed.
import { RELATION_TYPES, type RelationTypeId } from '../relation-types.js';
import type { EntityKind } from '../types.js';
import type { FoundMention } from './draft-types.js';
import type { TriggerHit } from './triggers.js';

export interface Tie {
  type: RelationTypeId;
  /** The trigger's span, or the punctuation a pattern rests on. */
  cue: { start: number; end: number };
  score: number;
  why: string;
}

/** Punctuation and subordinating words that open another clause. */
const BOUNDARY =
  /[;:()—–]|\b(?:but|because|which|who|whom|when|while|although|though|however|whereas|after|before|since|if|unless)\b/gi;
const COORDINATED = /^\s*,?\s*(?:and|or|&)\s*$/i;
const WORDS = /[\p{L}\p{N}]+/gu;

/** Symmetric types ("allied with" both ways) may be triggered outside a coordinated pair: "A and B are allies". */
function isSymmetric(type: RelationTypeId): boolean {
  return RELATION_TYPES[type].label === RELATION_TYPES[type].inverseLabel;
}

/**
 * The tie between mentions a (first) and b: a trigger between them (the one nearest b, where the verb of the
 * object usually stands); else, for "A and B", a symmetric trigger just around them; else "City, State".
 */
export function tieOf(
  text: string,
  a: FoundMention,
  b: FoundMention,
  triggers: readonly TriggerHit[],
  kinds: ReadonlyMap<string, EntityKind>,
  others: number,
): Tie | null {
  const between = text.slice(a.end, b.start);
  const inside = triggers.filter((t) => t.start >= a.end && t.end <= b.start);
  const words = between.match(WORDS)?.length ?? 0;
  const boundaries =
    (between.match(BOUNDARY)?.length ?? 0) + (between.match(/,/g)?.length ?? 0) / 2;
  const penalty =
    Math.min(0.35, Math.max(0, words - 3) * 0.015) + boundaries * 0.12 + others * 0.08;
  const trigger = inside.at(-1);
  if (trigger)
    return tie(
      trigger.type,
      trigger,
      0.75 - penalty,
      `"${text.slice(trigger.start, trigger.end)}" between them, ${words} words apart`,
    );
  if (COORDINATED.test(between)) {
    const around = triggers.find(
      (t) =>
        isSymmetric(t.type) && Math.abs(t.start < a.start ? a.start - t.end : t.start - b.end) < 60,
    );
    if (around)
      return tie(
        around.type,
        around,
        0.55 - penalty,
        `"${text.slice(around.start, around.end)}" beside the pair "${text.slice(a.start, b.end)}"`,
      );
  }
  if (between === ', ' && kinds.get(a.id) === 'place' && kinds.get(b.id) === 'state')
    return tie(
      'located-in',
      { start: a.end, end: b.start },
      0.7,
      '"place, state" as addresses write it',
    );
  return null;
}

function tie(
  type: RelationTypeId,
  cue: { start: number; end: number },
  score: number,
  why: string,
): Tie | null {
  return score < 0.2 ? null : { type, cue: { start: cue.start, end: cue.end }, score, why };
}
