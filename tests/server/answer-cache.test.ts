import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../graph/build.js';
import { parseCorpus } from '../../graph/corpus/assemble.js';
import { prepareEssay } from '../../graph/essay.js';
import { createEntityIndex } from '../../graph/search.js';
import { cachedIndex, withAnswerCache } from '../../server/answer-cache.js';
import { fixedEssay } from '../../server/essay-source.js';
import { miniFiles } from '../helpers/fixtures.js';
import { DRAWN_LAYOUT } from '../../export/drawn-graph.js';

describe('answer cache', () => {
  const plain = createEntityIndex(buildGraph(parseCorpus(miniFiles()), { layout: DRAWN_LAYOUT }));
  const index = cachedIndex(plain);

  it('should give the same answer to a repeated query, and copies the caller may change', () => {
    const first = index.search('krushchev');
    first[0]!.score = -1;
    expect(index.search('krushchev')[0]!.score).toBeGreaterThan(0);
    expect(index.search('Krushchev!')).toEqual(index.search('krushchev'));
  });

  it('should answer as the index does, to the limit asked', () => {
    for (const q of ['mao', 'khrush', 'the split', 's', ''])
      for (const limit of [1, 2, 10])
        expect(index.search(q, limit)).toEqual(plain.search(q, limit));
  });

  it('should give one cached index per essay served', () => {
    const source = withAnswerCache(
      fixedEssay(prepareEssay(parseCorpus(miniFiles()), { layout: DRAWN_LAYOUT })),
    );
    expect(source.current()).toBe(source.current());
    expect(source.current().index).not.toBe(plain);
  });
});
