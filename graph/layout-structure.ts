// A graph's structure as it crosses to a helper process, which spreads it there: the layout's first half, off this thread.
import { MultiDirectedGraph } from 'graphology';
import random from 'graphology-layout/random.js';
import DEFAULT_SETTINGS from 'graphology-layout-forceatlas2/defaults.js';
import { graphToByteArrays } from 'graphology-layout-forceatlas2/helpers.js';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import type { Corpus } from './corpus/corpus-types.js';
import { spreadPlan, type LayoutOptions } from './layout.js';
import type { EssayGraph } from './types.js';

/** What spreadGraph reads of a graph: its nodes and edges, in order. A typed array crosses cheaply. */
export interface LayoutStructure {
  /** How many nodes: buildGraph adds the corpus's entities, in order. */
  order: number;
  /** Each edge as its source's and target's node indexes, two by two, in the order buildGraph adds them. */
  edges: Int32Array;
}

export function structureOf({
  entities,
  relations,
}: Pick<Corpus, 'entities' | 'relations'>): LayoutStructure {
  const indexOf = new Map(entities.map((e, i) => [e.id, i]));
  const edges = new Int32Array(relations.length * 2);
  relations.forEach((r, i) => {
    edges[2 * i] = indexOf.get(r.source)!;
    edges[2 * i + 1] = indexOf.get(r.target)!;
  });
  return { order: entities.length, edges };
}

/**
 * spreadGraph's positions for the graph of `structure`, x and y two by two in node order, worked out without
 * building that graph: building one beside the server's own build slowed it by half. Seeded positions go on a graph
 * of the nodes alone; ForceAtlas2 then runs its own steps (its matrices, its iteration) over those nodes and the
 * structure's edges, as forceAtlas2.assign runs them over a graph: edges weigh 1 and nodes have no size, as in the
 * server's graph. tests/graph/layout-structure.test.ts holds the positions to spreadGraph's, to the bit.
 */
export function spreadStructure(
  { order, edges }: LayoutStructure,
  options: Partial<LayoutOptions>,
): Float64Array {
  const { rng, passes, settings } = spreadPlan(order, edges.length / 2, options);
  const nodes = new MultiDirectedGraph();
  for (let i = 0; i < order; i++) nodes.addNode(String(i));
  random.assign(nodes, { rng, scale: 100, center: 0 });
  const matrices = graphToByteArrays(
    {
      order,
      size: edges.length / 2,
      forEachNode: (callback) => nodes.forEachNode(callback),
      forEachEdge: (callback) => {
        for (let e = 0; e < edges.length; e += 2)
          callback(String(e / 2), {}, String(edges[e]), String(edges[e + 1]));
      },
    },
    () => 1,
  );
  const all = { ...DEFAULT_SETTINGS, ...settings };
  for (let pass = 0; pass < passes; pass++) iterate(all, matrices.nodes, matrices.edges);
  return positionsOf(matrices.nodes, order);
}

/** Node matrix rows are NODE_FIELDS long, x and y first (graphology-layout-forceatlas2/iterate.js). */
const NODE_FIELDS = 10;

function positionsOf(matrix: Float32Array, order: number): Float64Array {
  const positions = new Float64Array(order * 2);
  for (let i = 0; i < order; i++) {
    positions[2 * i] = matrix[i * NODE_FIELDS]!;
    positions[2 * i + 1] = matrix[i * NODE_FIELDS + 1]!;
  }
  return positions;
}

/** Puts spread positions on the graph built from the same corpus. */
export function placeSpread(graph: EssayGraph, positions: Float64Array): void {
  let at = 0;
  graph.updateEachNodeAttributes((_, attrs) => {
    attrs.x = positions[at++]!;
    attrs.y = positions[at++]!;
    return attrs;
  });
}
