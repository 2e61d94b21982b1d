// Holds the essay the server answers from; swapping it is atomic, so a request sees one whole graph.
import type { LoadedEssay } from '../graph/essay.js';

export interface EssaySource {
  current(): LoadedEssay;
}

export function fixedEssay(essay: LoadedEssay): EssaySource {
  return { current: () => essay };
}
