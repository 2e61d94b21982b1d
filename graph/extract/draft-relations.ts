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
  for (const [a, b] of closestPairs(mentions)) {
    // The best tie whose type the pair's kinds allow ("president" between two people ties nothing).
    for (const tie of tiesOf(ctx, a, b)) {
      const candidate = candidateOf(text, sentence, [a, b], tie, mentions, set);
      if (!candidate) continue;
      candidates.push(candidate);
      break;
    }
  }
  return candidates;
}

/** For each pair of entities in the sentence, their two nearest mentions, first one first. */
function closestPairs(mentions: readonly FoundMention[]): [FoundMention, FoundMention][] {
  const best = new Map<string, [FoundMention, FoundMention]>();
  for (const [i, a] of mentions.entries()) {
    for (const b of mentions.slice(i + 1)) {
      if (a.id === b.id) continue;
      const key = [a.id, b.id].sort().join(' ');
      const earlier = best.get(key);
      if (!earlier || b.start - a.end < earlier[1].start - earlier[0].end) best.set(key, [a, b]);
    }
  }
  return [...best.values()];
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
    reason: `${tie.why}${mood.cue ? `; ${mood.modality} from "${mood.cue}"` : ''}${pronounNote(text, [source, target])}`,
  };
  return { relation, at: start };
}

function sureOf(m: FoundMention, set: MentionSet): number {
  return (m.source === 'pronoun' ? set.pronouns.get(m.start) : set.confidence.get(m.id)) ?? 0.5;
}

/** Says whom a pronoun was read as, for the reviewer to check. */
function pronounNote(text: string, ends: FoundMention[]): string {
  const pronoun = ends.find((m) => m.source === 'pronoun');
  return pronoun
    ? `; "${text.slice(pronoun.start, pronoun.end)}" read as ${pronoun.id}, the person named before it`
    : '';
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
