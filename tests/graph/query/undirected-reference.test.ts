import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { loadEssay } from '../../../graph/essay.js';
import { findPaths } from '../../../graph/query/paths.js';
import type { EssayGraph } from '../../../graph/types.js';
import { essayGraph } from '../../helpers/essay-graph.js';
import { randomEdges } from '../../helpers/random-graphs.js';
import { ESSAY_CORPUS } from '../../helpers/fixtures.js';
import { DRAWN_LAYOUT } from '../../../export/drawn-graph.js';

const MAX_HOPS = 8;

/** The same graph with direction forgotten: the reference searches it as graphology-shortest-path would. */
function forgetDirection(graph: EssayGraph): UndirectedGraph {
  const undirected = new UndirectedGraph();
  graph.forEachNode((node) => undirected.addNode(node));
  graph.forEachEdge((_edge, _attributes, source, target) => undirected.mergeEdge(source, target));
  return undirected;
}

/** findPaths' first path must be as short as the reference's, and walk only over relations of the graph. */
function expectReferenceLength(
  graph: EssayGraph,
  reference: UndirectedGraph,
  s: string,
  t: string,
) {
  const expected = bidirectional(reference, s, t);
  const expectedLength = expected && expected.length - 1 <= MAX_HOPS ? expected.length - 1 : null;
  const [found] = findPaths(graph, [s, t], { maxHops: MAX_HOPS });
  expect(found?.length ?? null).toBe(expectedLength);
  for (const hop of found?.hops ?? []) expect(reference.hasEdge(hop.source, hop.target)).toBe(true);
}

describe('findPaths without direction, against graphology-shortest-path', () => {
  it('should find paths as short as the reference on random graphs', () => {
    fc.assert(
      fc.property(randomEdges(), ([edges, s, t]) => {
        const graph = essayGraph(edges.map(([a, b]) => [a, b]));
        if (!graph.hasNode(s) || !graph.hasNode(t) || s === t) return;
        expectReferenceLength(graph, forgetDirection(graph), s, t);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('should find paths as short as the reference between every entity of the essay and the others', async () => {
    const { graph } = await loadEssay(ESSAY_CORPUS, { layout: DRAWN_LAYOUT });
    const reference = forgetDirection(graph);
    const nodes = graph.nodes();
    // Every pair from a spread of sources: all targets, so far and unreachable pairs are checked too.
    for (const s of nodes.filter((_, i) => i % 5 === 0))
      for (const t of nodes) if (s !== t) expectReferenceLength(graph, reference, s, t);
  });
});
