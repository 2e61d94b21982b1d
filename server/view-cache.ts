// Bounded caches of rendered views, one per loaded essay, so a reload never serves what the old graph gave.
import { LRUCache } from 'lru-cache';

export interface ViewCache<V extends object> {
  /** The cached value for `key` under `essay`, made (once, even for concurrent callers) when missing. */
  get(essay: object, key: string, make: () => V): V;
  /** The cached value, or undefined: for values made asynchronously, stored with `set` once made. */
  peek(essay: object, key: string): V | undefined;
  set(essay: object, key: string, value: V): V;
}

export function viewCache<V extends object>(max: number): ViewCache<V> {
  const perEssay = new WeakMap<object, LRUCache<string, V>>();
  const cacheOf = (essay: object) => {
    let cache = perEssay.get(essay);
    if (!cache) perEssay.set(essay, (cache = new LRUCache<string, V>({ max })));
    return cache;
  };
  return {
    get(essay, key, make) {
      const cache = cacheOf(essay);
      let value = cache.get(key);
      if (value === undefined) cache.set(key, (value = make()));
      return value;
    },
    peek: (essay, key) => cacheOf(essay).get(key),
    set(essay, key, value) {
      cacheOf(essay).set(key, value);
      return value;
    },
  };
}

/** Object keys sorted, array items kept in order: one key per meaning of a parameter object. */
export function canonicalKey(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
