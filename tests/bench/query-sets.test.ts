import { describe, expect, it } from 'vitest';
import { samplePairs, sampleRoutes } from '../../bench/query-sets.js';
import { buildSyntheticGraph, generateCorpus } from '../../bench/synthetic-graph.js';

const graph = buildSyntheticGraph(generateCorpus({ edges: 500, seed: 'test' }));

describe('samplePairs', () => {
  it('should draw the same pairs of distinct entities for the same seed', () => {
    const pairs = samplePairs(graph, 20, 'seed');
    expect(pairs).toHaveLength(20);
    expect(samplePairs(graph, 20, 'seed')).toEqual(pairs);
    for (const [a, b] of pairs) {
      expect(a).not.toBe(b);
      expect(graph.hasNode(a) && graph.hasNode(b)).toBe(true);
    }
  });
});

describe('sampleRoutes', () => {
  it('should make routes of distinct stops, the same for the same seed', () => {
    const routes = sampleRoutes(graph, 10, 4, 2, 'seed');
    expect(routes).toHaveLength(10);
    expect(sampleRoutes(graph, 10, 4, 2, 'seed')).toEqual(routes);
    for (const route of routes) expect(new Set(route).size).toBe(4);
  });
});
