import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { allSimplePaths } from 'graphology-simple-path';
import { InvalidInputError, NotFoundError, TooExpensiveError } from '../../../graph/errors.js';
import { findPaths, searchPaths, shortestPath } from '../../../graph/query/paths.js';
import { chains, ids, essayGraph } from '../../helpers/essay-graph.js';
import { randomEdges } from '../../helpers/random-graphs.js';

describe('findPaths: shortest', () => {
  it('should find the path with the fewest hops', () => {
    const graph = chains('a>b>c>d>e a>x>e');
    expect(ids(findPaths(graph, ['a', 'e']))).toEqual([['a', 'x', 'e']]);
  });

  it('should answer [] when nothing connects the endpoints', () => {
    const graph = chains('a>b c>d');
    expect(findPaths(graph, ['a', 'd'])).toEqual([]);
  });

  it('should ignore direction by default and follow it when directed', () => {
    const graph = chains('a>b c>b');
    expect(ids(findPaths(graph, ['a', 'c']))).toEqual([['a', 'b', 'c']]);
    expect(findPaths(graph, ['a', 'c'], { directed: true })).toEqual([]);
    expect(ids(findPaths(graph, ['c', 'b'], { directed: true }))).toEqual([['c', 'b']]);
  });

  it('should read each hop label in the direction of travel', () => {
    const graph = chains('a>b c>b');
    const [path] = findPaths(graph, ['a', 'c']);
    expect(path!.hops.map((h) => [h.source, h.target, h.label, h.reversed])).toEqual([
      ['a', 'b', 'denounced', false],
      ['b', 'c', 'was denounced by', true],
    ]);
  });

  it('should give every hop its evidence and every path its length', () => {
    const [path] = findPaths(chains('a>b>c'), ['a', 'c']);
    expect(path!.length).toBe(2);
    expect(path!.nodes).toEqual([
      { id: 'a', label: 'A', kind: 'person' },
      { id: 'b', label: 'B', kind: 'person' },
      { id: 'c', label: 'C', kind: 'person' },
    ]);
    for (const hop of path!.hops) expect(hop.evidence[0]!.quote).toContain('denounced');
  });

  it('should not find paths longer than maxHops', () => {
    const graph = chains('a>b>c>d');
    expect(findPaths(graph, ['a', 'd'], { maxHops: 2 })).toEqual([]);
    expect(ids(findPaths(graph, ['a', 'd'], { maxHops: 3 }))).toEqual([['a', 'b', 'c', 'd']]);
  });

  it('should agree with graphology-shortest-path on path length in directed mode', () => {
    fc.assert(
      fc.property(randomEdges(), ([edges, s, t]) => {
        const graph = essayGraph(edges.map(([a, b]) => [a, b]));
        if (!graph.hasNode(s) || !graph.hasNode(t) || s === t) return;
        const expected = bidirectional(graph, s, t);
        const [found] = findPaths(graph, [s, t], { directed: true, maxHops: 8 });
        const expectedLength = expected && expected.length - 1 <= 8 ? expected.length - 1 : null;
        expect(found?.length ?? null).toBe(expectedLength);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe('findPaths: k paths', () => {
  const graph = chains('s>a>t s>b>c>t s>d>e>t s>f>g>h>t');

  it('should give k distinct loopless paths, shortest first', () => {
    const paths = ids(findPaths(graph, ['s', 't'], { k: 3 }));
    expect(paths).toEqual([
      ['s', 'a', 't'],
      ['s', 'b', 'c', 't'],
      ['s', 'd', 'e', 't'],
    ]);
  });

  it('should give fewer than k paths when fewer exist', () => {
    expect(findPaths(graph, ['s', 't'], { k: 10 })).toHaveLength(4);
  });

  it('should order equally long paths by evidence, then by node ids', () => {
    const tie = essayGraph([
      ['s', 'a'],
      ['a', 't', { modality: 'claim' }],
      ['s', 'c'],
      ['c', 't'],
      ['s', 'b'],
      ['b', 't'],
    ]);
    expect(ids(findPaths(tie, ['s', 't'], { k: 3 }))).toEqual([
      ['s', 'b', 't'],
      ['s', 'c', 't'],
      ['s', 'a', 't'],
    ]);
  });

  it('should match brute force: the k shortest simple paths on random graphs', () => {
    fc.assert(
      fc.property(randomEdges(), ([edges, s, t]) => {
        const graph = essayGraph(edges.map(([a, b]) => [a, b]));
        if (!graph.hasNode(s) || !graph.hasNode(t) || s === t) return;
        const all = new Set(allSimplePaths(graph, s, t, { maxDepth: 5 }).map((p) => p.join('>')));
        const lengths = [...all].map((p) => p.split('>').length - 1).sort((a, b) => a - b);
        const found = ids(findPaths(graph, [s, t], { directed: true, k: 4, maxHops: 5 }));
        expect(found.map((p) => p.length - 1)).toEqual(lengths.slice(0, 4));
        for (const p of found) expect(all.has(p.join('>'))).toBe(true);
      }),
      { seed: 7, numRuns: 150 },
    );
  });

  it('should reject k outside 1–10', () => {
    expect(() => findPaths(graph, ['s', 't'], { k: 0 })).toThrow(InvalidInputError);
    expect(() => findPaths(graph, ['s', 't'], { k: 11 })).toThrow(
      /`k` must be a whole number from 1 to 10/,
    );
    expect(() => findPaths(graph, ['s', 't'], { k: 2.5 })).toThrow(InvalidInputError);
  });

  it('should reject maxHops outside 1–8', () => {
    expect(() => findPaths(graph, ['s', 't'], { maxHops: 0 })).toThrow(/maxHops/);
    expect(() => findPaths(graph, ['s', 't'], { maxHops: 9 })).toThrow(InvalidInputError);
  });
});

describe('findPaths: parallel relations', () => {
  const graph = essayGraph([
    ['a', 'b', { modality: 'claim', relation: 'criticizes' }],
    ['b', 'a', { relation: 'admired', label: 'admired', inverseLabel: 'was admired by' }],
    ['b', 'c'],
  ]);

  it('should count a pair of nodes once, whatever its parallel relations', () => {
    expect(ids(findPaths(graph, ['a', 'c'], { k: 3 }))).toEqual([['a', 'b', 'c']]);
  });

  it('should carry the best relation (a fact first) and list the others as parallel', () => {
    const [hop] = findPaths(graph, ['a', 'c'])[0]!.hops;
    expect(hop).toMatchObject({
      edge: 'e1',
      relation: 'admired',
      label: 'was admired by',
      reversed: true,
    });
    expect(hop!.parallel.map((p) => [p.edge, p.modality, p.reversed])).toEqual([
      ['e0', 'claim', false],
    ]);
  });

  it('should leave filtered-out relations out of parallel', () => {
    const [hop] = findPaths(graph, ['a', 'c'], { facts: true })[0]!.hops;
    expect(hop!.edge).toBe('e1');
    expect(hop!.parallel).toEqual([]);
  });
});

describe('findPaths: waypoints', () => {
  it('should pass through the waypoints in order', () => {
    const graph = chains('a>b>c>d a>d a>c');
    expect(ids(findPaths(graph, ['a', 'b', 'd']))).toEqual([['a', 'b', 'c', 'd']]);
    // In the other order, the last leg b→d has only stops around it.
    expect(findPaths(graph, ['a', 'c', 'b', 'd'])).toEqual([]);
  });

  it('should give simple paths: no node twice, even when the legs would share one', () => {
    // The shortest legs s→w and w→t both go through x; the answer must detour through y.
    const graph = chains('s>x>w w>x x>t w>y>z>t');
    const paths = ids(findPaths(graph, ['s', 'w', 't']));
    expect(paths).toEqual([['s', 'x', 'w', 'y', 'z', 't']]);
  });

  it('should not let a leg pass through another stop', () => {
    const graph = chains('a>c>b b>d');
    // The leg a→b may not go through c, the next waypoint: so a, c, b, d is impossible in this order.
    expect(findPaths(graph, ['a', 'b', 'c', 'd'])).toEqual([]);
  });

  it('should name the leg that has no path', () => {
    const graph = chains('a>b c>d');
    expect(searchPaths(graph, ['a', 'b', 'c', 'd']).failedLeg).toBe(1);
  });

  it('should give k paths through waypoints, shortest first', () => {
    const graph = chains('a>m>b a>n>o>b b>p>c b>q>r>c');
    const paths = ids(findPaths(graph, ['a', 'b', 'c'], { k: 3 }));
    expect(paths.map((p) => p.length - 1)).toEqual([4, 5, 5]);
    expect(new Set(paths.map((p) => p.join())).size).toBe(3);
    for (const p of paths)
      expect(p.indexOf('a') < p.indexOf('b') && p.indexOf('b') < p.indexOf('c')).toBe(true);
  });

  it('should allow at most 5 waypoints', () => {
    const graph = chains('a>b>c>d>e>f>g>h');
    expect(findPaths(graph, ['a', 'b', 'c', 'd', 'e', 'f', 'h'], { maxHops: 8 })).toHaveLength(1);
    expect(() => findPaths(graph, ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'])).toThrow(
      expect.objectContaining({ parameter: 'via' }),
    );
  });

  it('should respect maxHops over the whole path', () => {
    const graph = chains('a>b>c>d');
    expect(findPaths(graph, ['a', 'b', 'd'], { maxHops: 2 })).toEqual([]);
    expect(findPaths(graph, ['a', 'b', 'd'], { maxHops: 3 })).toHaveLength(1);
  });

  it('should refuse a stop given twice', () => {
    const graph = chains('a>b>c');
    expect(() => findPaths(graph, ['a', 'a'])).toThrow(
      expect.objectContaining({ parameter: 'to' }),
    );
    expect(() => findPaths(graph, ['a', 'b', 'a', 'c'])).toThrow(InvalidInputError);
  });

  it('should refuse an unknown id with a not-found error naming the parameter', () => {
    expect(() => findPaths(chains('a>b'), ['a', 'zz'])).toThrow(NotFoundError);
    expect(() => findPaths(chains('a>b'), ['zz', 'a'])).toThrow(
      expect.objectContaining({ parameter: 'from' }),
    );
  });
});

describe('findPaths: filters', () => {
  it('should keep only the relation types asked for', () => {
    const graph = essayGraph([
      ['a', 'b', { relation: 'admired' }],
      ['b', 'c', { relation: 'admired' }],
      ['a', 'c', { relation: 'criticizes' }],
    ]);
    expect(ids(findPaths(graph, ['a', 'c'], { relations: ['admired'] }))).toEqual([
      ['a', 'b', 'c'],
    ]);
    expect(ids(findPaths(graph, ['a', 'c'], { relations: ['criticizes', 'admired'] }))).toEqual([
      ['a', 'c'],
    ]);
  });

  it('should keep only facts when asked', () => {
    const graph = essayGraph([
      ['a', 'c', { modality: 'claim' }],
      ['a', 'b'],
      ['b', 'c'],
    ]);
    expect(ids(findPaths(graph, ['a', 'c']))).toEqual([['a', 'c']]);
    expect(ids(findPaths(graph, ['a', 'c'], { facts: true }))).toEqual([['a', 'b', 'c']]);
  });

  it('should avoid intermediate nodes of the given kinds but never the endpoints', () => {
    const graph = chains('a>x>c a>y>z>c', { x: 'concept', c: 'concept' });
    expect(ids(findPaths(graph, ['a', 'c']))).toEqual([['a', 'x', 'c']]);
    expect(ids(findPaths(graph, ['a', 'c'], { avoidKinds: ['concept'] }))).toEqual([
      ['a', 'y', 'z', 'c'],
    ]);
  });

  it('should exempt waypoints from avoided kinds', () => {
    const graph = chains('a>x>c', { x: 'concept' });
    expect(ids(findPaths(graph, ['a', 'x', 'c'], { avoidKinds: ['concept'] }))).toEqual([
      ['a', 'x', 'c'],
    ]);
  });

  it('should reject an unknown kind', () => {
    expect(() =>
      findPaths(chains('a>b'), ['a', 'b'], { avoidKinds: ['dragon' as 'concept'] }),
    ).toThrow(expect.objectContaining({ parameter: 'avoidKinds' }));
  });

  describe('at=YEAR', () => {
    const graph = essayGraph([
      ['a', 'b', { time: { start: 1956, end: 1964 } }],
      ['b', 'c', { time: { start: 1969, end: null } }],
      ['c', 'd'],
      ['a', 'd', { time: { start: null, end: 1950 } }],
    ]);

    it('should keep relations whose span holds the year, open ends unbounded', () => {
      expect(ids(findPaths(graph, ['a', 'b'], { at: 1960 }))).toEqual([['a', 'b']]);
      expect(findPaths(graph, ['a', 'b'], { at: 1965 })).toEqual([]);
      expect(ids(findPaths(graph, ['b', 'c'], { at: 2025 }))).toEqual([['b', 'c']]);
      expect(ids(findPaths(graph, ['a', 'd'], { at: 1900 }))).toEqual([['a', 'd']]);
    });

    it('should treat undated relations as timeless: kept in every year', () => {
      expect(ids(findPaths(graph, ['c', 'd'], { at: -500 }))).toEqual([['c', 'd']]);
      expect(ids(findPaths(graph, ['c', 'd'], { at: 2999 }))).toEqual([['c', 'd']]);
    });

    it('should not cross relations from different years', () => {
      expect(findPaths(graph, ['a', 'c'], { at: 1960 })).toEqual([]);
      expect(findPaths(graph, ['a', 'c'])[0]!.length).toBe(2);
    });
  });
});

describe('findPaths: work budget', () => {
  it('should refuse a query over its budget as too expensive rather than run on', () => {
    const graph = chains('a>b>c>d>e>f>g');
    expect(() => findPaths(graph, ['a', 'g'], { budget: 3 })).toThrow(TooExpensiveError);
    expect(() => findPaths(graph, ['a', 'g'], { budget: 3 })).toThrow(/too expensive/);
    expect(findPaths(graph, ['a', 'g'], { budget: 1000 })).toHaveLength(1);
  });

  it('should count the work of k paths and waypoints too', () => {
    const graph = chains('s>a>t s>b>c>t s>d>e>t');
    expect(() => findPaths(graph, ['s', 't'], { k: 3, budget: 12 })).toThrow(TooExpensiveError);
    expect(() => findPaths(graph, ['s', 'b', 't'], { k: 3, budget: 12 })).toThrow(
      TooExpensiveError,
    );
  });
});

describe('shortestPath', () => {
  it('should answer the node ids of one shortest path, or null', () => {
    const graph = chains('a>b>c a>d>e>c x>y');
    expect(shortestPath(graph, 'a', 'c')).toEqual(['a', 'b', 'c']);
    expect(shortestPath(graph, 'c', 'a', { directed: true })).toBeNull();
    expect(shortestPath(graph, 'a', 'x')).toBeNull();
  });
});
