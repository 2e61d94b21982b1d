// "At a summit in Brussels, the minister said …", "he spoke during the 1957 meeting": a party to the event.
import type { EntityKind } from '../types.js';
import type { FoundMention } from './draft-types.js';
import type { PairContext, Tie } from './pair-ties.js';

/** The preposition that sets a clause at an event, with an optional determiner: "at a", "during the". */
const SETTING = /\b(?:at|during)\s+(?:(?:a|an|the|this|that|its|their|his|her)\s+)?$/i;
/** What may stand between the event and the actor of the same clause: no clause boundary but one comma. */
const OTHER_CLAUSE =
  /[;:()—–?!"“”]|\b(?:but|because|which|who|when|while|although|though|whereas|after|before|since|if|unless|that|and)\b/i;
const ACTORS: readonly EntityKind[] = ['person', 'state', 'organization'];
const MAX_WORDS = 8;

/**
 * An event after "at" or "during" is the setting of its clause, and the clause's actor takes part in it, whether
 * the setting comes first ("At a meeting in Brussels, defence secretary Hegseth made it clear") or last ("he
 * announced, during a 1957 meeting, …"). The actor is the source; one comma may part them, no clause boundary.
 */
export function settingTies(ctx: PairContext, a: FoundMention, b: FoundMention): Tie[] {
  const kind = (m: FoundMention) => ctx.kinds.get(m.id);
  const [event, actor] = kind(a) === 'event' ? [a, b] : [b, a];
  if (kind(event) !== 'event' || !ACTORS.includes(kind(actor)!)) return [];
  if (!SETTING.test(ctx.text.slice(Math.max(0, event.start - 20), event.start))) return [];
  const between = ctx.text.slice(a.end, b.start);
  const words = between.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (OTHER_CLAUSE.test(between) || (between.match(/,/g)?.length ?? 0) > 1 || words > MAX_WORDS)
    return [];
  return [
    {
      type: 'participant-in',
      cue: { start: a.end, end: b.start },
      score: 0.5,
      why: 'an event after "at"/"during" is the setting of its clause, the actor a party to it',
      ...(event === a ? { reversed: true as const } : {}),
    },
  ];
}
