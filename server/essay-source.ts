// What the routes read from: the corpus loaded now. server/corpus-library.ts keeps it in step with its folder.
import type { LoadedEssay } from '../graph/essay.js';

export interface EssaySource {
  current(): LoadedEssay;
}

/** A corpus that never changes: tests, benchmarks and the CLIs. */
export function fixedEssay(essay: LoadedEssay): EssaySource {
  return { current: () => essay };
}
