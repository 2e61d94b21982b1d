import { describe, expect, it } from 'vitest';
import { findPaths } from '../../../graph/query/paths.js';
import { essayGraph } from '../../helpers/essay-graph.js';

function historyGraph() {
  const graph = essayGraph([
    [
      'mao',
      'khrushchev',
      {
        relation: 'regarded-as-revisionist',
        label: 'saw a revisionist in',
        inverseLabel: 'was seen as a revisionist by',
        time: { start: 1956, end: 1976, from: 'knowledge', source: 'Mao died in 1976' },
      },
    ],
    ['khrushchev', 'stalin', { time: { start: 1956, end: 1956 } }],
  ]);
  graph.setAttribute('year', 2025);
  graph.setNodeAttribute('mao', 'label', 'Mao Zedong');
  graph.setNodeAttribute('khrushchev', 'label', 'Nikita Khrushchev');
  graph.setNodeAttribute('stalin', 'label', 'Joseph Stalin');
  return graph;
}

describe('narratePath', () => {
  it('should state each hop subject first, in the past when it was over by publication, with citations', () => {
    expect(findPaths(historyGraph(), ['mao', 'stalin'])[0]!.narrative).toBe(
      'Mao Zedong saw a revisionist in Nikita Khrushchev (1956–1976, general knowledge, not in the essay) [1]; ' +
        'Nikita Khrushchev denounced Joseph Stalin (1956) [2].',
    );
  });

  it('should keep the real subject first when the path travels a relation backwards', () => {
    expect(findPaths(historyGraph(), ['stalin', 'mao'])[0]!.narrative).toBe(
      'Nikita Khrushchev denounced Joseph Stalin (1956) [1]; ' +
        'Mao Zedong saw a revisionist in Nikita Khrushchev (1956–1976, general knowledge, not in the essay) [2].',
    );
  });

  it('should say who makes a claim and mark hypotheticals and questions', () => {
    const graph = essayGraph(
      [
        ['a', 'b', { modality: 'claim', assertedBy: 'author' }],
        ['b', 'c', { modality: 'hypothetical' }],
        ['c', 'd', { modality: 'question' }],
      ],
      { author: 'person' },
    );
    graph.setNodeAttribute('author', 'label', 'Adam Zivo');
    expect(findPaths(graph, ['a', 'd'])[0]!.narrative).toBe(
      'A has denounced B, according to Adam Zivo [1]; B has denounced C (hypothetically) [2]; C has denounced D (asked, not stated) [3].',
    );
  });

  it('should give names their article', () => {
    const graph = essayGraph([
      ['us', 'nato', { relation: 'seeks-to-weaken', label: 'seeks to weaken' }],
    ]);
    graph.setNodeAttribute('us', 'label', 'United States');
    graph.setNodeAttribute('us', 'article', 'the');
    expect(findPaths(graph, ['nato', 'us'])[0]!.narrative).toBe(
      'The United States seeks to weaken NATO [1].',
    );
  });
});
