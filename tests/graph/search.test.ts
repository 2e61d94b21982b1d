import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../graph/build.js';
import { parseCorpus } from '../../graph/corpus/load.js';
import { createEntityIndex } from '../../graph/search.js';
import { miniFiles } from '../helpers/fixtures.js';

const index = createEntityIndex(buildGraph(parseCorpus(miniFiles())));
const top = (q: string) => index.search(q)[0]?.id;

describe('createEntityIndex', () => {
  it('should find by id, label and alias', () => {
    expect(top('nikita-khrushchev')).toBe('nikita-khrushchev');
    expect(top('Nikita Khrushchev')).toBe('nikita-khrushchev');
    expect(top('khrushchev')).toBe('nikita-khrushchev');
    expect(top('U.S.')).toBe('united-states');
  });

  it('should score an exact name 1', () => {
    expect(index.search('mao')[0]).toMatchObject({ id: 'mao-zedong', score: 1 });
  });

  it('should tolerate misspellings and prefixes', () => {
    expect(top('krushchev')).toBe('nikita-khrushchev');
    expect(top('krushch')).toBe('nikita-khrushchev');
    expect(top('stal')).toBe('joseph-stalin');
  });

  it('should answer nothing for an empty query or gibberish', () => {
    expect(index.search('  ')).toEqual([]);
    expect(index.search('zzzzqqqq')).toEqual([]);
  });

  it('should respect the limit', () => {
    expect(index.search('s', 2).length).toBeLessThanOrEqual(2);
  });
});

describe('answer cache', () => {
  it('should give the same answer to a repeated query, and copies the caller may change', () => {
    const first = index.search('krushchev');
    first[0]!.score = -1;
    expect(index.search('krushchev')[0]!.score).toBeGreaterThan(0);
    expect(index.search('Krushchev!')).toEqual(index.search('krushchev'));
  });
});
