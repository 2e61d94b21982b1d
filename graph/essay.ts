// One loaded corpus, ready to serve: its documents, its graph, its search index.
import { buildGraph, type BuildOptions } from './build.js';
import type { Corpus } from './corpus/corpus-types.js';
import { loadCorpus } from './corpus/load.js';
import { createEntityIndex, type EntityIndex } from './search.js';
import type { EssayGraph } from './types.js';

export interface LoadedEssay {
  corpus: Corpus;
  graph: EssayGraph;
  index: EntityIndex;
}

/** `options` carries the drawing side's node sizes, which the layout keeps apart (DRAWN_LAYOUT). */
export function prepareEssay(corpus: Corpus, options: BuildOptions): LoadedEssay {
  const graph = buildGraph(corpus, options);
  return { corpus, graph, index: createEntityIndex(graph) };
}

export async function loadEssay(dir: string, options: BuildOptions): Promise<LoadedEssay> {
  return prepareEssay(await loadCorpus(dir), options);
}

/** The corpus shipped with the project: a root of document folders and the entity registry. */
export const DEFAULT_CORPUS_DIR = 'corpus';
