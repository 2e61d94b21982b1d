// One loaded essay, ready to serve: the corpus, its graph, its search index and its serialized form.
import { buildGraph } from './build.js';
import type { Corpus } from './corpus/corpus-types.js';
import { loadCorpus } from './corpus/load.js';
import { createEntityIndex, type EntityIndex } from './search.js';
import type { EssayGraph } from './types.js';

export interface LoadedEssay {
  corpus: Corpus;
  graph: EssayGraph;
  index: EntityIndex;
}

export function prepareEssay(corpus: Corpus): LoadedEssay {
  const graph = buildGraph(corpus);
  return { corpus, graph, index: createEntityIndex(graph) };
}

export async function loadEssay(dir: string): Promise<LoadedEssay> {
  return prepareEssay(await loadCorpus(dir));
}

/** The corpus shipped with the project. */
export const DEFAULT_CORPUS_DIR = 'corpus/zivo-russia-china';
