import { describe, expect, it } from 'vitest';
import { formatTime } from '../../../graph/query/narrative.js';
import { findPaths } from '../../../graph/query/paths.js';
import { tinyGraph } from '../../fixtures/query/tiny-graph.js';

describe('narratePath', () => {
  it('should tell each hop in the direction of travel with numbered citations', () => {
    const graph = tinyGraph([
      [
        'mao',
        'khrushchev',
        { label: 'saw a revisionist in', inverseLabel: 'was seen as a revisionist by' },
      ],
      ['khrushchev', 'stalin', { time: { start: 1956, end: 1956 } }],
    ]);
    graph.setNodeAttribute('mao', 'label', 'Mao Zedong');
    graph.setNodeAttribute('khrushchev', 'label', 'Nikita Khrushchev');
    graph.setNodeAttribute('stalin', 'label', 'Joseph Stalin');
    expect(findPaths(graph, ['mao', 'stalin'])[0]!.narrative).toBe(
      'Mao Zedong saw a revisionist in Nikita Khrushchev [1]; Nikita Khrushchev denounced Joseph Stalin (1956) [2].',
    );
    expect(findPaths(graph, ['stalin', 'mao'])[0]!.narrative).toBe(
      'Joseph Stalin was denounced by Nikita Khrushchev (1956) [1]; Nikita Khrushchev was seen as a revisionist by Mao Zedong [2].',
    );
  });

  it('should say who makes a claim and mark hypotheticals and questions', () => {
    const graph = tinyGraph(
      [
        ['a', 'b', { modality: 'claim', assertedBy: 'author' }],
        ['b', 'c', { modality: 'hypothetical' }],
        ['c', 'd', { modality: 'question' }],
      ],
      { author: 'person' },
    );
    graph.setNodeAttribute('author', 'label', 'Adam Zivo');
    expect(findPaths(graph, ['a', 'd'])[0]!.narrative).toBe(
      'According to Adam Zivo, A denounced B [1]; B denounced C (hypothetically) [2]; C denounced D (asked, not stated) [3].',
    );
  });
});

describe('formatTime', () => {
  it.each([
    [{ start: 1956, end: 1956 }, '1956'],
    [{ start: 1956, end: 1966 }, '1956–1966'],
    [{ start: 1969, end: null }, 'from 1969'],
    [{ start: null, end: 1950 }, 'until 1950'],
  ])('should write %j as %j', (time, text) => {
    expect(formatTime(time)).toBe(text);
  });
});
