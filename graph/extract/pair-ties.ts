// How closely a sentence ties two mentions: a trigger between or just after them, distance, clause boundaries.
import { RELATION_TYPES, type RelationTypeId } from '../relation-types.js';
import type { EntityKind } from '../types.js';
import type { FoundMention } from './draft-types.js';
import { settingTies } from './setting-ties.js';
import type { TriggerHit } from './triggers.js';

export interface Tie {
  type: RelationTypeId;
  /** The trigger's span, or the punctuation a pattern rests on. */
  cue: { start: number; end: number };
  score: number;
  why: string;
  /** The second mention is the subject: "Central Asia, which Russia considers its backyard". */
  reversed?: true;
}

/** What the tie rules read of a pair's sentence. */
export interface PairContext {
  text: string;
  triggers: readonly TriggerHit[];
  kinds: ReadonlyMap<string, EntityKind>;
  /** The sentence's other mentions: a list of them between the pair is an enumeration, not distance. */
  mentions: readonly FoundMention[];
}

/** Punctuation and subordinating words that open another clause. */
const BOUNDARY =
  /[;:()—–?!]|\b(?:but|because|which|who|whom|when|while|although|though|however|whereas|after|before|since|if|unless)\b/gi;
const COORDINATED = /^\s*,?\s*(?:and|or|&)\b/i;
const RELATIVE = /^\s*,?\s*(?:which|whom|that)\s*$/i;
const WORDS = /[\p{L}\p{N}]+/gu;
/** How far after the pair a trigger may stand and still tie it ("treat Iran and North Korea as friends"). */
const AFTER_WORDS = 4;

/** Symmetric types ("allied with" both ways) may be triggered outside a coordinated pair: "A and B are allies". */
function isSymmetric(type: RelationTypeId): boolean {
  return RELATION_TYPES[type].label === RELATION_TYPES[type].inverseLabel;
}

/**
 * The ways a sentence may tie mentions a (first) and b, best first: each trigger between them (the nearest b
 * first, where the verb of the object usually stands); for "A and B", a symmetric trigger around them; for "B,
 * which A …", a trigger after A; a trigger just after b; "City, State". None: the pair is not tied.
 */
export function tiesOf(context: PairContext, a: FoundMention, b: FoundMention): Tie[] {
  // A trigger inside one of the pair's names ("the Sino-Russian alliance") is part of the name, not a tie.
  // Nor is "Photo" in a credit ("AP Photo/Evan Vucci"): the photo is not of the pair.
  const own = (t: TriggerHit) =>
    [a, b].some((m) => m.start < t.end && t.start < m.end) ||
    /^\s?\//.test(context.text.slice(t.end, t.end + 2));
  const ctx = { ...context, triggers: context.triggers.filter((t) => !own(t)) };
  const between = ctx.text.slice(a.end, b.start);
  const penalty = penaltyOf(ctx, a, b);
  const ties: Tie[] = [];
  const quote = (t: { start: number; end: number }) => `"${ctx.text.slice(t.start, t.end)}"`;
  const inside = ctx.triggers.filter((t) => t.start >= a.end && t.end <= b.start).reverse();
  for (const t of inside) ties.push(tie(t.type, t, 0.75 - penalty, `${quote(t)} between them`));
  const after = triggersAfter(ctx, b);
  if (COORDINATED.test(between)) {
    const around = ctx.triggers.filter(
      (t) =>
        isSymmetric(t.type) && Math.abs(t.start < a.start ? a.start - t.end : t.start - b.end) < 60,
    );
    for (const t of around)
      ties.push(
        tie(
          t.type,
          t,
          0.55 - penalty,
          `${quote(t)} beside the pair "${ctx.text.slice(a.start, b.end)}"`,
        ),
      );
  } else if (RELATIVE.test(between)) {
    for (const t of after)
      ties.push({
        ...tie(t.type, t, 0.6 - penalty, `${quote(t)} in the relative clause`),
        reversed: true,
      });
  } else {
    for (const t of after) ties.push(tie(t.type, t, 0.45 - penalty, `${quote(t)} just after them`));
  }
  ties.push(...patternTies(ctx, a, b), ...settingTies(ctx, a, b));
  return ties.filter((t) => t.score >= 0.2);
}

/** Punctuation a pair's kinds make a tie of, as news writing uses it. */
const PATTERNS: {
  between: RegExp;
  a: EntityKind[];
  b: EntityKind[];
  type: RelationTypeId;
  why: string;
}[] = [
  // "St. Petersburg, Russia"
  {
    between: /^, $/,
    a: ['place'],
    b: ['state'],
    type: 'located-in',
    why: '"place, state" as addresses write it',
  },
  // "Gazprom, a Russian energy company": the nationality of an organization in apposition.
  {
    between: /^, an? $/i,
    a: ['organization'],
    b: ['state'],
    type: 'located-in',
    why: '"organization, a <nationality> …" in apposition',
  },
  // "the Nixon administration's anti-Soviet partnership": a party's own event or arrangement.
  {
    between: /^['’]s $/,
    a: ['person', 'state', 'organization'],
    b: ['event', 'concept'],
    type: 'participant-in',
    why: '"X\'s <event>" makes X a party to it',
  },
  // "(AP Photo/Evan Vucci)": a photo credit names the agency the photographer works for.
  {
    between: /^ photos? ?\/ ?$/i,
    a: ['organization'],
    b: ['person'],
    type: 'works-at',
    why: '"<agency> Photo/<photographer>" as photo credits write it',
  },
  // "the Asian Institute at the Munk School"
  {
    between: /^ at (?:the )?$/i,
    a: ['organization'],
    b: ['organization'],
    type: 'part-of',
    why: '"organization at organization"',
  },
];

function patternTies(ctx: PairContext, a: FoundMention, b: FoundMention): Tie[] {
  const between = ctx.text.slice(a.end, b.start);
  const kindOf = (m: FoundMention) => ctx.kinds.get(m.id)!;
  const ties = PATTERNS.filter(
    (p) => p.between.test(between) && p.a.includes(kindOf(a)) && p.b.includes(kindOf(b)),
  ).map((p) => tie(p.type, { start: a.end, end: b.start }, 0.65, p.why));
  // "its war", "their alliance": a possessive pronoun read as a party makes it a party, as "X's <event>" does.
  const possessive = /^(?:its|their|his|her)$/i.test(ctx.text.slice(a.start, a.end));
  if (possessive && /^\s+$/.test(between) && ['event', 'concept'].includes(kindOf(b)))
    ties.push(
      tie(
        'participant-in',
        { start: a.start, end: b.start },
        0.6,
        '"<its> <event>" makes it a party',
      ),
    );
  return ties;
}

/** Triggers within a few words after b, with no clause boundary before them. */
function triggersAfter(ctx: PairContext, b: FoundMention): TriggerHit[] {
  return ctx.triggers.filter((t) => {
    if (t.start < b.end) return false;
    const gap = ctx.text.slice(b.end, t.start);
    return (
      (gap.match(WORDS)?.length ?? 0) <= AFTER_WORDS && !gap.match(BOUNDARY) && !gap.includes(',')
    );
  });
}

/**
 * Distance and boundaries lower the score; an enumeration of other mentions between them ("appeared in the X, the Y
 * and the Z") does not count as distance, so every item of a list is as close as the first.
 */
function penaltyOf(ctx: PairContext, a: FoundMention, b: FoundMention): number {
  let between = ctx.text.slice(a.end, b.start);
  const others = ctx.mentions.filter(
    (m) => m.start >= a.end && m.end <= b.start && m.id !== a.id && m.id !== b.id,
  );
  for (const m of [...others].reverse())
    between = `${between.slice(0, m.start - a.end)}${between.slice(m.end - a.end)}`;
  const list = /(?:\s*(?:,|\band\b|\bor\b|\bthe\b)\s*)+$/i.exec(between)?.[0] ?? '';
  const words = between.slice(0, between.length - list.length).match(WORDS)?.length ?? 0;
  const boundaries =
    (between.match(BOUNDARY)?.length ?? 0) +
    (between.slice(0, between.length - list.length).match(/,/g)?.length ?? 0) / 2;
  return (
    Math.min(0.35, Math.max(0, words - 3) * 0.015) +
    boundaries * 0.12 +
    (list ? 0 : others.length * 0.08)
  );
}

function tie(
  type: RelationTypeId,
  cue: { start: number; end: number },
  score: number,
  why: string,
): Tie {
  return { type, cue: { start: cue.start, end: cue.end }, score, why };
}
