// One loaded corpus, ready to serve: its documents, its graph, its search index, and the parts an update needs.
import { buildGraph, type BuildOptions } from './build.js';
import { corpusOfParts } from './corpus/assemble.js';
import type { CorpusParts } from './corpus/assembly.js';
import { corpusAfterChange, type CorpusChange } from './corpus/corpus-change.js';
import type { Corpus } from './corpus/corpus-types.js';
import { loadCorpusParts } from './corpus/load.js';
import { loadHelpers, type LoadHelpers } from './corpus/load-helpers.js';
import { settleGraph, spreadGraph } from './layout.js';
import { placeSpread } from './layout-structure.js';
import { createEntityIndex, type EntityIndex } from './search.js';
import type { EssayGraph } from './types.js';
import { applyDocumentChange } from './update-graph.js';

export interface LoadedEssay {
  corpus: Corpus;
  graph: EssayGraph;
  index: EntityIndex;
  /** What a change to one document starts from (absent for corpora built from records, as in benchmarks). */
  parts?: CorpusParts;
}

/** `options` carries the drawing side's node sizes, which the layout keeps apart (DRAWN_LAYOUT). */
export function prepareEssay(corpus: Corpus, options: BuildOptions): LoadedEssay {
  const graph = buildGraph(corpus, options);
  return { corpus, graph, index: createEntityIndex(graph) };
}

export async function loadEssay(dir: string, options: BuildOptions): Promise<LoadedEssay> {
  const helpers = loadHelpers();
  try {
    const parts = await loadCorpusParts(dir, helpers);
    return { ...(await prepareWith(helpers, corpusOfParts(parts), options)), parts };
  } finally {
    helpers.stop();
  }
}

/**
 * prepareEssay's answer, the layout's first half spread by a helper of a large corpus's load while this process
 * builds the graph and its index (graph/layout-structure.ts): the same positions, ~0.4 s sooner.
 */
async function prepareWith(
  helpers: LoadHelpers,
  corpus: Corpus,
  { layout }: BuildOptions,
): Promise<LoadedEssay> {
  if (layout === false) return prepareEssay(corpus, { layout });
  const { nodeSize, ...options } = layout;
  const { positions } = await helpers.spread(corpus, options);
  const essay = prepareEssay(corpus, { layout: false });
  const spread = await positions;
  if (spread) placeSpread(essay.graph, spread);
  else spreadGraph(essay.graph, options);
  settleGraph(essay.graph, nodeSize);
  return essay;
}

/**
 * The loaded corpus after a change to the document `slug` (parts from graph/corpus/update.ts). The graph and the
 * search index are changed in place, in one synchronous step; the answer is a new object, so caches keyed by it
 * start afresh. (A corpus loaded without its parts, which only tests build, is built anew.)
 */
export function updateEssay(loaded: LoadedEssay, parts: CorpusParts, slug: string): LoadedEssay {
  return commitUpdate(loaded, prepareUpdate(loaded, parts, slug));
}

/** A change made ready without touching what readers see: the server prepares it, saves, then commits. */
export interface PreparedUpdate {
  parts: CorpusParts;
  change: CorpusChange | null;
}

export function prepareUpdate(
  loaded: LoadedEssay,
  parts: CorpusParts,
  slug: string,
): PreparedUpdate {
  return {
    parts,
    change: loaded.parts ? corpusAfterChange(loaded.corpus, loaded.parts, parts, slug) : null,
  };
}

/** Applies a prepared change: the one step readers may not see half of. */
export function commitUpdate(loaded: LoadedEssay, { parts, change }: PreparedUpdate): LoadedEssay {
  if (!change) return { ...prepareEssay(corpusOfParts(parts), { layout: false }), parts };
  applyDocumentChange(loaded.graph, change);
  loaded.index.refresh(loaded.graph, change.touched);
  return { corpus: change.corpus, graph: loaded.graph, index: loaded.index, parts };
}

/** The corpus shipped with the project: a root of document folders and the entity registry. */
export const DEFAULT_CORPUS_DIR = 'corpus';
