import { describe, expect, it } from 'vitest';
import { canonicalKey, viewCache } from '../../server/view-cache.js';

describe('viewCache', () => {
  it('should make a value once per essay and key', () => {
    const cache = viewCache<{ n: number }>(4);
    const essay = {};
    let made = 0;
    const make = () => ({ n: ++made });
    expect(cache.get(essay, 'a', make)).toBe(cache.get(essay, 'a', make));
    expect(made).toBe(1);
    expect(cache.get({}, 'a', make).n).toBe(2);
  });

  it('should forget the least recently used view past its size', () => {
    const cache = viewCache<{ key: string }>(2);
    const essay = {};
    let made = 0;
    const make = (key: string) => () => (made++, { key });
    cache.get(essay, 'a', make('a'));
    cache.get(essay, 'b', make('b'));
    cache.get(essay, 'c', make('c'));
    cache.get(essay, 'a', make('a'));
    expect(made).toBe(4);
  });
});

describe('canonicalKey', () => {
  it('should not depend on the order of object keys, but on the order of list items', () => {
    expect(canonicalKey({ a: 1, b: [2, 3] })).toBe(canonicalKey({ b: [2, 3], a: 1 }));
    expect(canonicalKey({ via: ['x', 'y'] })).not.toBe(canonicalKey({ via: ['y', 'x'] }));
  });
});
