import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../graph/build.js';
import { parseCorpus } from '../../graph/corpus/assemble.js';
import { RESOLVE_DEFAULTS } from '../../graph/query/resolve.js';
import { createEntityIndex, SCORES } from '../../graph/search.js';
import { miniFiles } from '../helpers/fixtures.js';
import { DRAWN_LAYOUT } from '../../export/drawn-graph.js';

const index = createEntityIndex(buildGraph(parseCorpus(miniFiles()), { layout: DRAWN_LAYOUT }));
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

describe('scores', () => {
  it('should keep suggestions below the resolver’s minimum and matches above it', () => {
    const { minScore } = RESOLVE_DEFAULTS;
    for (const hint of [SCORES.commonWordPrefix, SCORES.suggestionCeiling, SCORES.floor])
      expect(hint).toBeLessThan(minScore);
    for (const match of [SCORES.prefix, SCORES.laterPrefix])
      expect(match).toBeGreaterThan(minScore);
  });
});

describe('names, common words and misspellings', () => {
  const files = miniFiles();
  files.annotations.content = files.annotations.content
    .replace('aliases: [soviet]', 'aliases: [soviet]\n    names: [ussr]')
    .replace('label: Sino-Soviet split', 'label: Sino-Soviet split\n    names: [the split]');
  const named = createEntityIndex(buildGraph(parseCorpus(files), { layout: DRAWN_LAYOUT }));
  const best = (q: string) => named.search(q)[0];

  it('should find an entity by a name users type, in any spelling of its letters', () => {
    for (const q of ['USSR', 'u.s.s.r.', 'the USSR'])
      expect(best(q)).toMatchObject({ id: 'soviet-union', score: 1 });
    expect(best('US')).toMatchObject({ id: 'united-states', score: 1 });
  });

  it('should take a prefix as a match, and a lone common word’s prefix only as a suggestion', () => {
    expect(best('khrush')!.score).toBeGreaterThan(RESOLVE_DEFAULTS.minScore);
    expect(best('union')).toMatchObject({ id: 'soviet-union', score: SCORES.commonWordPrefix });
  });

  it('should take a person’s given name alone, common word or not', () => {
    expect(best('joseph')).toMatchObject({ id: 'joseph-stalin' });
    expect(best('joseph')!.score).toBeGreaterThan(RESOLVE_DEFAULTS.minScore);
  });

  it('should keep the "the" that makes a common word a name', () => {
    expect(best('the split')).toMatchObject({ id: 'sino-soviet-split', score: 1 });
    expect(best('split')!.score).toBe(SCORES.commonWordPrefix);
  });

  it('should rank a prefix nearer the whole name higher', () => {
    const [stalin, ...others] = named.search('stali');
    expect(stalin).toMatchObject({ id: 'joseph-stalin' });
    for (const other of others) expect(other.score).toBeLessThan(stalin!.score);
  });

  it('should trust a misspelling only from 5 letters, with the name’s first letter', () => {
    expect(best('stallin')).toMatchObject({ id: 'joseph-stalin' });
    expect(best('stallin')!.score).toBeGreaterThan(RESOLVE_DEFAULTS.minScore);
    expect(best('xtalin')?.score ?? 0).toBeLessThanOrEqual(SCORES.suggestionCeiling);
    expect(best('maoo')?.score ?? 0).toBeLessThanOrEqual(SCORES.suggestionCeiling);
  });
});
