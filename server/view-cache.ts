// Bounded caches of rendered views, one per loaded essay, so a reload never serves what the old graph gave.
import { LRUCache } from 'lru-cache';

export interface ViewCache<V extends object> {
  /** The cached value for `key` under `essay`, made (once, even for concurrent callers) when missing. */
  get(essay: object, key: string, make: () => V): V;
}

export function viewCache<V extends object>(max: number): ViewCache<V> {
  const perEssay = new WeakMap<object, LRUCache<string, V>>();
  return {
    get(essay, key, make) {
      let cache = perEssay.get(essay);
      if (!cache) perEssay.set(essay, (cache = new LRUCache<string, V>({ max })));
      let value = cache.get(key);
      if (value === undefined) cache.set(key, (value = make()));
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
