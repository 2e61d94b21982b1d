// The server's answer cache for name searches: a load policy, so it lives in the door, not in the pure index.
import { LRUCache } from 'lru-cache';
import type { LoadedEssay } from '../graph/essay.js';
import { foldName } from '../graph/name-key.js';
import type { EntityIndex, SearchResult } from '../graph/search.js';
import type { EssaySource } from './essay-source.js';

const ANSWER_CACHE_SIZE = 2_000;

/**
 * The index with its answers kept, by folded query: the index never changes, and a fuzzy pass costs far more
 * than the path search it serves. Callers get copies, which they may change.
 */
export function cachedIndex(index: EntityIndex): EntityIndex {
  const answers = new LRUCache<string, SearchResult[]>({ max: ANSWER_CACHE_SIZE });
  return {
    search(query, limit = 10) {
      const key = foldName(query);
      let ranked = answers.get(key);
      if (!ranked) answers.set(key, (ranked = index.search(query, Infinity)));
      return ranked.slice(0, limit).map((r) => ({ ...r }));
    },
    refresh(graph, ids) {
      answers.clear();
      index.refresh(graph, ids);
    },
  };
}

/** The source, each essay it serves given one cached index (a reload brings a new essay, and a new cache). */
export function withAnswerCache(source: EssaySource): EssaySource {
  const cached = new WeakMap<LoadedEssay, LoadedEssay>();
  return {
    current() {
      const essay = source.current();
      let served = cached.get(essay);
      if (!served) cached.set(essay, (served = { ...essay, index: cachedIndex(essay.index) }));
      return served;
    },
  };
}
