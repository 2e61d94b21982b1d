// Seeded synthetic corpora for the benchmark: power-law graphs of typed, dated relations shaped like the essay's.
import seedrandom from 'seedrandom';
import { graphFromRecords } from '../graph/build.js';
import { scopeAttributes } from '../graph/documents.js';
import type { EntityRecord, RelationRecord } from '../graph/corpus/corpus-types.js';
import { RELATION_TYPES, type RelationTypeId } from '../graph/relation-types.js';
import {
  POLARITIES,
  type EntityKind,
  type EssayGraph,
  type Evidence,
  type Modality,
  type TimeSpan,
} from '../graph/types.js';

export interface SyntheticOptions {
  /** Exact number of relations (edges). */
  edges: number;
  seed: string;
  /** Relations per entity: 4.4 gives ~227k entities for 1M relations (mean degree, in + out, ~8.8). */
  edgesPerNode: number;
  /** Share of entities in small islands (2–4 entities) cut off from the rest, as a corpus has. */
  islandShare: number;
  /** Share of relations that repeat an already related pair with another relation (parallel edges). */
  parallelShare: number;
  /** Share of attachments made uniformly rather than by degree (softens the hubs). */
  uniformShare: number;
}

const DEFAULT_SYNTHETIC: Omit<SyntheticOptions, 'edges'> = {
  seed: 'essay-graph-bench',
  edgesPerNode: 4.4,
  islandShare: 0.01,
  parallelShare: 0.03,
  uniformShare: 0.1,
};

/** What the graph builder consumes, as the corpus loader would give it (article reduced to its text). */
export interface SyntheticCorpus {
  text: string;
  author: string;
  entities: EntityRecord[];
  relations: RelationRecord[];
}

type Rng = () => number;

const KIND_WEIGHTS: Record<EntityKind, number> = {
  person: 0.35,
  state: 0.15,
  organization: 0.15,
  place: 0.1,
  event: 0.1,
  concept: 0.15,
};
const MODALITY_WEIGHTS: Record<Modality, number> = {
  fact: 0.6,
  claim: 0.3,
  hypothetical: 0.05,
  question: 0.05,
};
const WORDS = (
  'soviet china russia moscow beijing leader revisionist border treaty alliance summit war split ' +
  'kremlin party cult stalin doctrine détente sanctions pipeline trade oil missile nuclear envoy ' +
  'washington deal pivot triangle rapprochement ideology premier chairman general secretary ' +
  'embassy accord crisis frontier river island clash ussuri visit toast communique strategy'
).split(' ');

/**
 * Preferential attachment (Barabási–Albert, with a share of uniform picks): each new entity relates to
 * ~`edgesPerNode` earlier ones chosen in proportion to their degree, which gives the power-law degrees and short
 * distances of real knowledge graphs. Same options, same corpus, byte for byte.
 */
export function generateCorpus(
  options: Partial<SyntheticOptions> & Pick<SyntheticOptions, 'edges'>,
): SyntheticCorpus {
  const o: SyntheticOptions = { ...DEFAULT_SYNTHETIC, ...options };
  if (!Number.isInteger(o.edges) || o.edges < 10)
    throw new Error(`bench: \`edges\` must be a whole number of at least 10; got ${o.edges}.`);
  const rng: Rng = seedrandom.alea(o.seed);
  const text = makeText(rng, Math.min(20_000, 200 + Math.ceil(o.edges / 50)));
  const nodeCount = Math.max(6, Math.round(o.edges / o.edgesPerNode));
  const islands = planIslands(rng, Math.round(nodeCount * o.islandShare));
  const islandNodes = islands.reduce((n, size) => n + size, 0);
  const islandEdges = islands.reduce((n, size) => n + size - 1, 0);
  const entities = makeEntities(rng, nodeCount, text);
  const persons = entities.flatMap((e, i) => (e.kind === 'person' ? [i] : []));
  const author = entities[0]!.id;
  const relate = relationMaker(rng, entities, persons, author, text);

  const mainNodes = nodeCount - islandNodes;
  const relations: RelationRecord[] = [];
  growMainComponent(rng, o, mainNodes, o.edges - islandEdges, relations, relate);
  let first = mainNodes;
  for (const size of islands) {
    for (let i = 1; i < size; i++)
      relations.push(relate(first + i - 1, first + i, relations.length));
    first += size;
  }
  return { text, author, entities, relations };
}

function growMainComponent(
  rng: Rng,
  o: SyntheticOptions,
  nodes: number,
  edges: number,
  out: RelationRecord[],
  relate: (a: number, b: number, index: number) => RelationRecord,
): void {
  // Every edge puts both ends in the urn: a uniform pick from it is a pick in proportion to degree.
  const urn = new Int32Array(2 * edges);
  let urnLength = 0;
  const add = (a: number, b: number) => {
    out.push(rng() < 0.5 ? relate(a, b, out.length) : relate(b, a, out.length));
    urn[urnLength++] = a;
    urn[urnLength++] = b;
  };
  const addParallel = () => {
    const r = out[Math.floor(rng() * out.length)]!;
    const a = indexOf(r.source);
    const b = indexOf(r.target);
    add(a, b);
  };
  const core = Math.min(5, nodes);
  for (let a = 0; a < core; a++) for (let b = a + 1; b < core && out.length < edges; b++) add(a, b);
  const perNode = (edges - out.length) / Math.max(1, nodes - core);
  for (let i = core; i < nodes; i++) {
    const m = Math.max(1, Math.floor(perNode) + (rng() < perNode % 1 ? 1 : 0));
    for (let j = 0; j < m && out.length < edges; j++) {
      if (j > 0 && rng() < o.parallelShare) {
        addParallel();
        continue;
      }
      let other = i;
      // The urn holds i itself once it has a first relation: draw again rather than relate i to itself.
      while (other === i)
        other =
          rng() < o.uniformShare ? Math.floor(rng() * i) : urn[Math.floor(rng() * urnLength)]!;
      add(i, other);
    }
  }
  while (out.length < edges) {
    const a = urn[Math.floor(rng() * urnLength)]!;
    const b = urn[Math.floor(rng() * urnLength)]!;
    if (a !== b) add(a, b);
  }
}

/** Entity ids end in their index in base 36 (see makeEntities). */
function indexOf(id: string): number {
  return parseInt(id.slice(id.lastIndexOf('-') + 1), 36);
}

function planIslands(rng: Rng, nodes: number): number[] {
  const sizes: number[] = [];
  let left = nodes;
  while (left >= 2) {
    const size = Math.min(left, 2 + Math.floor(rng() * 3));
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

/** A lower-case "essay" of word salad: quotes and mentions are slices of it, as the corpus's are of the essay. */
function makeText(rng: Rng, sentences: number): string {
  const parts: string[] = [];
  for (let s = 0; s < sentences; s++) {
    const length = 8 + Math.floor(rng() * 13);
    const words: string[] = [];
    for (let w = 0; w < length; w++) words.push(pick(rng, WORDS));
    parts.push(words.join(' ') + '.');
  }
  return parts.join(' ');
}

/** Sentences are cut on ". " (see makeText); the text is short enough to index once per corpus. */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('. '); i >= 0; i = text.indexOf('. ', i + 2)) starts.push(i + 2);
  return starts;
}

function quoter(rng: Rng, text: string): () => Evidence {
  const starts = sentenceStarts(text);
  return () => {
    const sentence = Math.floor(rng() * starts.length);
    const begin = starts[sentence]!;
    const end = sentence + 1 < starts.length ? starts[sentence + 1]! - 1 : text.length;
    // A run of words inside the sentence, 20–60 characters, cut at word boundaries.
    let start = begin + Math.floor(rng() * Math.max(1, (end - begin) / 2));
    start = start === begin ? begin : text.indexOf(' ', start) + 1;
    let stop = Math.min(end, start + 20 + Math.floor(rng() * 40));
    const space = text.lastIndexOf(' ', stop);
    if (stop < end && space > start) stop = space;
    return { quote: text.slice(start, stop), sentence, start, end: stop };
  };
}

function makeEntities(rng: Rng, count: number, text: string): EntityRecord[] {
  const quote = quoter(rng, text);
  const entities: EntityRecord[] = [];
  for (let i = 0; i < count; i++) {
    const kind: EntityKind = i === 0 ? 'person' : weighted(rng, KIND_WEIGHTS);
    const name = `${capital(pick(rng, WORDS))} ${capital(pick(rng, WORDS))}`;
    const mention = quote();
    entities.push({
      id: `${name.toLowerCase().replace(/[^a-z]+/g, '-')}-${i.toString(36)}`,
      kind,
      label: name,
      aliases: rng() < 0.3 ? [name.split(' ')[1]!.toLowerCase()] : [],
      names: [],
      description: `A synthetic ${kind}.`,
      time: kind === 'event' || rng() < 0.2 ? span(rng) : null,
      mentions: [
        {
          doc: SYNTHETIC_DOC,
          sentence: mention.sentence,
          start: mention.start,
          end: mention.end,
          text: mention.quote,
        },
      ],
    });
  }
  return entities;
}

function relationMaker(
  rng: Rng,
  entities: EntityRecord[],
  persons: number[],
  author: string,
  text: string,
): (a: number, b: number, index: number) => RelationRecord {
  const types = Object.keys(RELATION_TYPES) as RelationTypeId[];
  const quote = quoter(rng, text);
  return (a, b, index) => {
    const relation = pick(rng, types);
    const source = entities[a]!.id;
    const target = entities[b]!.id;
    const modality = weighted(rng, MODALITY_WEIGHTS);
    const evidence = [quote()];
    if (rng() < 0.1) evidence.push(quote());
    return {
      id: `${source}.${relation}.${target}.${index.toString(36)}`,
      source,
      target,
      relation,
      doc: SYNTHETIC_DOC,
      evidence,
      time: rng() < 0.65 ? span(rng) : null,
      polarity: rng() < 0.15 ? pick(rng, POLARITIES) : RELATION_TYPES[relation].polarity,
      modality,
      assertedBy: modality === 'claim' && rng() < 0.5 ? entities[pick(rng, persons)]!.id : author,
    };
  };
}

/** Years as the corpus has them: mostly 1900–2025, some a single year, some open-ended. */
function span(rng: Rng): TimeSpan {
  const start = 1900 + Math.floor(rng() * 126);
  const r = rng();
  if (r < 0.4) return { start, end: start };
  if (r < 0.8) return { start, end: Math.min(2026, start + 1 + Math.floor(rng() * 30)) };
  if (r < 0.95) return { start, end: null };
  return { start: null, end: start };
}

/**
 * The graph buildGraph (graph/build.ts) makes of these records, without its layout: ForceAtlas2 and noverlap
 * are for the essay's few dozen entities, not for a million relations.
 */
export function buildSyntheticGraph(corpus: SyntheticCorpus): EssayGraph {
  const attributes = scopeAttributes([
    { slug: SYNTHETIC_DOC, title: 'Synthetic essay', author: corpus.author, publication: 'bench' },
  ]);
  return graphFromRecords(attributes, corpus.entities, corpus.relations, { layout: false });
}

/** The one document a synthetic graph is of. */
const SYNTHETIC_DOC = 'synthetic-essay';

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

/** A key drawn in proportion to its weight (the weights sum to 1). */
function weighted<K extends string>(rng: Rng, weights: Record<K, number>): K {
  const entries = Object.entries(weights) as [K, number][];
  let r = rng();
  for (const [key, weight] of entries) {
    r -= weight;
    if (r < 0) return key;
  }
  return entries[entries.length - 1]![0];
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
