import { describe, expect, it } from 'vitest';
import { InvalidInputError, NotFoundError } from '../../../graph/errors.js';
import { neighborhood, reachedWithin } from '../../../graph/query/neighbors.js';
import { essayGraph, smallGraph } from '../../helpers/essay-graph.js';

const graph = essayGraph(
  [
    ['a', 'b'],
    ['c', 'a', { time: { start: 1990, end: 1991 } }],
    ['b', 'c'],
    ['b', 'd'],
    ['d', 'e'],
    ['e', 'f'],
  ],
  { d: 'concept' },
);

describe('neighborhood', () => {
  it('should hold the entities within depth, either direction, and the relations between them', () => {
    const sub = neighborhood(graph, 'a', 1);
    expect(sub.nodes().sort()).toEqual(['a', 'b', 'c']);
    expect(sub.edges().sort()).toEqual(['e0', 'e1', 'e2']);
    expect(neighborhood(graph, 'a', 2).nodes().sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(neighborhood(graph, 'a', 3).nodes().sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('should apply the view filters', () => {
    expect(neighborhood(graph, 'a', 1, { at: 2000 }).nodes().sort()).toEqual(['a', 'b']);
    expect(
      neighborhood(graph, 'a', 3, { kinds: ['person'] })
        .nodes()
        .sort(),
    ).toEqual(['a', 'b', 'c']);
    expect(
      neighborhood(graph, 'd', 1, { kinds: ['person'] })
        .nodes()
        .sort(),
    ).toEqual(['b', 'd', 'e']);
  });

  it('should refuse a depth outside 1–3 and an unknown id', () => {
    expect(() => neighborhood(graph, 'a', 0)).toThrow(InvalidInputError);
    expect(() => neighborhood(graph, 'a', 4)).toThrow(
      expect.objectContaining({ parameter: 'depth' }),
    );
    expect(() => neighborhood(graph, 'zz', 1)).toThrow(NotFoundError);
  });
});

describe('reachedWithin', () => {
  it('should follow relations both ways up to the depth', () => {
    expect([...reachedWithin(smallGraph(), 'c', 1)].sort()).toEqual(['b', 'c', 'd']);
    expect([...reachedWithin(smallGraph(), 'c', 2)].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('should not pass through what the filter stops', () => {
    const reached = reachedWithin(smallGraph(), 'c', 2, { node: (a) => a.label !== 'B' });
    expect([...reached].sort()).toEqual(['c', 'd']);
  });
});
