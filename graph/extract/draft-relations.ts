// Candidate relations: pairs of entities in one sentence, tied by a trigger, typed, oriented, dated and quoted.
import type { RelationInput } from '../corpus/annotations-schema.js';
import type { Article, EntityKind, Sentence } from '../types.js';
import { round } from './draft-entities.js';
import { timeNear } from './draft-time.js';
import type { FoundMention, MentionSet } from './draft-types.js';
import { modalityOf } from './modality-cues.js';
import { orient } from './pair-direction.js';
import { tiesOf, type PairContext, type Tie } from './pair-ties.js';
import { findTriggers } from './triggers.js';

/** A quote longer than this is no evidence a reviewer can check at a glance (and the schema caps text at 2,000). */
const MAX_QUOTE = 600;

interface Candidate {
  relation: RelationInput & { confidence: number };
  /** Where its first quote starts: candidates are listed in reading order. */
  at: number;
}

export function draftRelations(
  article: Article,
  set: MentionSet,
  usable: ReadonlySet<string>,
  /** Relations other rules found (compounds of nations), merged with the sentences' by source, type and target. */
  extra: readonly (RelationInput & { confidence: number; at: number })[] = [],
): RelationInput[] {
  const bySentence = new Map<number, FoundMention[]>();
  for (const m of set.mentions)
    if (usable.has(m.id)) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  const merged = new Map<string, Candidate>();
  for (const { at, ...relation } of extra) mergeCandidate(merged, { relation, at });
  for (const sentence of article.sentences) {
    const mentions = (bySentence.get(sentence.index) ?? []).sort((a, b) => a.start - b.start);
    for (const c of sentenceCandidates(article.text, sentence, mentions, set))
      mergeCandidate(merged, c);
  }
  return [...merged.values()]
    .sort((x, y) => x.at - y.at || y.relation.confidence - x.relation.confidence)
    .map((c) => c.relation);
}

function sentenceCandidates(
  text: string,
  sentence: Sentence,
  mentions: FoundMention[],
  set: MentionSet,
): Candidate[] {
  const triggers = findTriggers(sentence.text, sentence.start);
  const ctx: PairContext = { text, triggers, kinds: set.kinds, mentions };
  const candidates: Candidate[] = [];
  // Each pair of entities by its nearest mentions first; farther ones only when the nearer tie nothing.
  for (const pairs of pairsByEntities(mentions)) {
    const candidate = pairs
      .map(([a, b]) => firstCandidate(ctx, [a, b], text, sentence, mentions, set))
      .find(Boolean);
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}

/** The best tie whose type the pair's kinds allow ("president" between two people ties nothing). */
function firstCandidate(
  ctx: PairContext,
  [a, b]: [FoundMention, FoundMention],
  text: string,
  sentence: Sentence,
  mentions: FoundMention[],
  set: MentionSet,
): Candidate | null {
  const outer = enclosing(a, b, mentions) ?? enclosing(b, a, mentions);
  for (const tie of tiesOf(ctx, a, b)) {
    // Of a name inside a longer one, only the longer name's own words speak ("its war against ukraine").
    if (outer && (tie.cue.start < outer.start || tie.cue.end > outer.end)) continue;
    const candidate = candidateOf(text, sentence, [a, b], tie, mentions, set);
    if (candidate) return candidate;
  }
  return null;
}

/** For each pair of entities in the sentence, its pairs of mentions, first one first, the nearest first. */
function pairsByEntities(mentions: readonly FoundMention[]): [FoundMention, FoundMention][][] {
  const byKey = new Map<string, [FoundMention, FoundMention][]>();
  for (const [i, a] of mentions.entries()) {
    for (const b of mentions.slice(i + 1)) {
      // One reference read as two ("both"), or a name inside the other ("american" in "american hegemony"): the
      // pair is the reading of a name, not something the sentence says of them.
      if (a.id === b.id || (a.start < b.end && b.start < a.end)) continue;
      const key = [a.id, b.id].sort().join(' ');
      byKey.set(key, [...(byKey.get(key) ?? []), [a, b]]);
    }
  }
  return [...byKey.values()].map((pairs) =>
    pairs.sort((x, y) => x[1].start - x[0].end - (y[1].start - y[0].end)),
  );
}

/**
 * The longer name m stands inside that `other` is outside of ("ukraine" in "the war in ukraine"): what the
 * sentence says of the longer name is not said of the place inside it (nested-relations.ts relates the two).
 */
function enclosing(
  m: FoundMention,
  other: FoundMention,
  mentions: readonly FoundMention[],
): FoundMention | undefined {
  return mentions.find(
    (o) =>
      o.id !== m.id &&
      o.source !== 'pronoun' &&
      o.start <= m.start &&
      m.end <= o.end &&
      o.end - o.start > m.end - m.start &&
      (other.end <= o.start || o.end <= other.start),
  );
}

function candidateOf(
  text: string,
  sentence: Sentence,
  pair: [FoundMention, FoundMention],
  tie: Tie,
  mentions: FoundMention[],
  set: MentionSet,
): Candidate | null {
  const oriented = orient(
    text,
    tie.reversed ? [pair[1], pair[0]] : pair,
    tie.type,
    tie.cue,
    set.kinds,
  );
  if (!oriented) return null;
  const [source, target] = oriented;
  const start = Math.min(pair[0].start, tie.cue.start);
  const end = Math.max(pair[1].end, tie.cue.end);
  if (end - start > MAX_QUOTE) return null;
  const mood = modalityOf(
    sentence,
    [source.id, target.id],
    end,
    mentions,
    set.kinds as ReadonlyMap<string, EntityKind>,
  );
  const time = timeNear(sentence, { start, end });
  const sure = Math.sqrt(sureOf(source, set) * sureOf(target, set));
  const relation: RelationInput & { confidence: number } = {
    source: source.id,
    relation: tie.type,
    target: target.id,
    evidence: [text.slice(start, end)],
    ...(time ? { time } : {}),
    ...(mood.modality !== 'fact' ? { modality: mood.modality } : {}),
    ...(mood.assertedBy ? { assertedBy: mood.assertedBy } : {}),
    status: 'draft',
    confidence: round(Math.min(0.95, Math.max(0.05, tie.score * sure))),
    reason: `${tie.why}${mood.cue ? `; ${mood.modality} from "${mood.cue}"` : ''}${pronounNote(text, [source, target], set)}`,
  };
  return { relation, at: start };
}

function sureOf(m: FoundMention, set: MentionSet): number {
  return (m.source === 'pronoun' ? set.pronouns.get(m.start) : set.confidence.get(m.id)) ?? 0.5;
}

/** Says whom a pronoun or a reference ("its", "both", "the regime") was read as, for the reviewer to check. */
function pronounNote(text: string, ends: FoundMention[], set: MentionSet): string {
  const pronoun = ends.find((m) => m.source === 'pronoun');
  if (!pronoun) return '';
  const words = `"${text.slice(pronoun.start, pronoun.end)}" read as ${pronoun.id}`;
  return set.kinds.get(pronoun.id) === 'person'
    ? `; ${words}, the person named before it`
    : `; ${words}: a resolved reference to the ${set.kinds.get(pronoun.id)} named before it`;
}

/** One candidate per source, type and target: later sentences add their quotes, the surest keeps its reason. */
function mergeCandidate(merged: Map<string, Candidate>, c: Candidate): void {
  const key = `${c.relation.source} ${c.relation.relation} ${c.relation.target}`;
  const earlier = merged.get(key);
  if (!earlier) return void merged.set(key, c);
  const evidence = [...new Set([...earlier.relation.evidence, ...c.relation.evidence])].slice(0, 3);
  const surer = c.relation.confidence > earlier.relation.confidence ? c.relation : earlier.relation;
  merged.set(key, { at: earlier.at, relation: { ...surer, evidence } });
}
