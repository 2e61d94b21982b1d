// Scores a draft against a document's reviewed annotations: entity recall and precision, pair recall, type accuracy.
import type { Corpus } from '../graph/corpus/corpus-types.js';
import { findMentions, mentionIndex, type Nameable } from '../graph/corpus/mentions.js';
import type { Draft } from '../graph/extract/index.js';
import { normalizeName } from '../graph/name-key.js';
import type { Article } from '../graph/types.js';

export interface Quality {
  gold: { entities: number; pairs: number };
  predicted: { entities: number; pairs: number };
  entityRecall: number;
  entityPrecision: number;
  pairRecall: number;
  pairPrecision: number;
  /** Of the recalled pairs, the share where a predicted type is one of the reviewed types of that pair. */
  typeAccuracy: number;
}

interface Spans {
  id: string;
  label: string;
  spans: { start: number; end: number }[];
}

/**
 * A predicted entity matches a reviewed one when one of its mentions (where the loader would mark it, from the
 * registry given, the draft's entities and local aliases) overlaps one of the reviewed entity's mentions, or when
 * their ids or labels are the same; a gold entity is recalled when any predicted one matches it. Pairs are compared
 * unordered, after mapping each predicted id to its closest match (same id, else most overlapping mentions).
 */
export function scoreDraft(
  article: Article,
  gold: Corpus,
  registry: readonly Nameable[],
  draft: Draft,
): Quality {
  const goldEntities: Spans[] = gold.entities.map((e) => ({
    id: e.id,
    label: e.label,
    spans: e.mentions,
  }));
  const predicted = predictedEntities(article, registry, draft);
  const match = new Map<string, string>();
  const recalledGold = new Set<string>();
  for (const p of predicted) {
    const candidates = goldEntities.filter((g) => matches(p, g));
    for (const g of candidates) recalledGold.add(g.id);
    const best = candidates.sort((x, y) => closeness(p, y) - closeness(p, x))[0];
    if (best) match.set(p.id, best.id);
  }
  const goldPairs = pairTypes(gold.relations.map((r) => [r.source, r.relation, r.target]));
  const predictedPairs = pairTypes(
    draft.relations.map((r) => [
      match.get(r.source) ?? `?${r.source}`,
      r.relation,
      match.get(r.target) ?? `?${r.target}`,
    ]),
  );
  const recalled = [...goldPairs.keys()].filter((k) => predictedPairs.has(k));
  const typed = recalled.filter((k) =>
    [...predictedPairs.get(k)!].some((t) => goldPairs.get(k)!.has(t)),
  );
  return {
    gold: { entities: goldEntities.length, pairs: goldPairs.size },
    predicted: { entities: predicted.length, pairs: predictedPairs.size },
    entityRecall: goldEntities.filter((g) => recalledGold.has(g.id)).length / goldEntities.length,
    entityPrecision: predicted.length ? match.size / predicted.length : 0,
    pairRecall: recalled.length / goldPairs.size,
    pairPrecision: predictedPairs.size ? recalled.length / predictedPairs.size : 0,
    typeAccuracy: recalled.length ? typed.length / recalled.length : 0,
  };
}

function predictedEntities(article: Article, registry: readonly Nameable[], draft: Draft): Spans[] {
  const locals: Nameable[] = Object.entries(draft.localAliases).map(
    ([id, [label = '', ...aliases]]) => ({ id, label, aliases }),
  );
  const found = findMentions(article, 'draft', [
    mentionIndex([...registry]),
    mentionIndex(draft.entities),
    mentionIndex(locals),
  ]);
  const ids = new Set([
    ...found.keys(),
    ...draft.entities.map((e) => e.id),
    ...draft.relations.flatMap((r) => [r.source, r.target]),
  ]);
  const labels = new Map([...registry, ...draft.entities].map((e) => [e.id, e.label]));
  return [...ids]
    .sort()
    .map((id) => ({ id, label: labels.get(id) ?? id, spans: found.get(id) ?? [] }));
}

function matches(p: Spans, g: Spans): boolean {
  if (p.id === g.id || normalizeName(p.label) === normalizeName(g.label)) return true;
  return p.spans.some((s) => g.spans.some((t) => s.start < t.end && t.start < s.end));
}

/**
 * How well a predicted entity fits a gold one: the same id first, then the most characters of overlapping mentions
 * (so "the war in Ukraine" fits the war, whose mention it covers, before Ukraine, whose mention it holds).
 */
function closeness(p: Spans, g: Spans): number {
  let shared = 0;
  for (const s of p.spans)
    for (const t of g.spans)
      shared += Math.max(0, Math.min(s.end, t.end) - Math.max(s.start, t.start));
  return (p.id === g.id ? 1e9 : 0) + shared;
}

/** Unordered pairs of distinct entities → the relation types stated between them. */
function pairTypes(relations: [string, string, string][]): Map<string, Set<string>> {
  const pairs = new Map<string, Set<string>>();
  for (const [source, type, target] of relations) {
    if (source === target) continue;
    const key = [source, target].sort().join(' ');
    pairs.set(key, (pairs.get(key) ?? new Set()).add(type));
  }
  return pairs;
}
