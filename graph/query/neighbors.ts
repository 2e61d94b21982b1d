// The neighbourhood of an entity: everything within 1–3 relations of it, as a subgraph of the (filtered) graph.
import { emptyEssayGraph } from '../empty-graph.js';
import { InvalidInputError, NotFoundError } from '../errors.js';
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { EssayGraph } from '../types.js';
import type { ViewFilter } from './types.js';
import { edgePredicate, nodeInView } from './view-filter.js';

export const NEIGHBORHOOD_DEPTH = { min: 1, max: 3, default: 1 } as const;

/**
 * Relations are followed in both directions; the subgraph holds every entity reached within `depth` hops and
 * every kept relation between two of them (an induced subgraph, like networkx's ego graph). The centre is kept
 * even when a `kinds` filter would drop it.
 */
export function neighborhood(
  graph: EssayGraph,
  id: string,
  depth: number = NEIGHBORHOOD_DEPTH.default,
  filter: ViewFilter = {},
): EssayGraph {
  if (!graph.hasNode(id)) throw new NotFoundError(`No entity has the id "${id}".`, [], 'id');
  if (!Number.isInteger(depth) || depth < NEIGHBORHOOD_DEPTH.min || depth > NEIGHBORHOOD_DEPTH.max)
    throw new InvalidInputError(
      `\`depth\` must be a whole number from ${NEIGHBORHOOD_DEPTH.min} to ${NEIGHBORHOOD_DEPTH.max}; got ${depth}.`,
      'depth',
    );
  const keepEdge = edgePredicate(filter);
  const reached = reachedWithin(graph, id, depth, {
    edge: keepEdge ?? undefined,
    node: (attrs) => nodeInView(attrs, filter),
  });
  return inducedSubgraph(graph, reached, keepEdge);
}

/** What a walk may pass through: edges and nodes failing these are not followed (all pass by default). */
export interface ReachFilter<N, E> {
  edge?: (attrs: E) => boolean;
  node?: (attrs: N) => boolean;
}

/**
 * The nodes within `depth` hops of `start`, relations followed both ways: the one walk behind the API's
 * neighbourhood and the explorer's focus. Generic, so the explorer's graph (more attributes) can use it too.
 */
export function reachedWithin<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  start: string,
  depth: number,
  keep: ReachFilter<N, E> = {},
): Set<string> {
  const reached = new Set([start]);
  let fringe = [start];
  for (let level = 0; level < depth && fringe.length > 0; level++) {
    const next: string[] = [];
    for (const node of fringe)
      graph.forEachEdge(node, (_edge, attrs, source, target) => {
        const other = source === node ? target : source;
        if (reached.has(other) || (keep.edge && !keep.edge(attrs))) return;
        if (keep.node && !keep.node(graph.getNodeAttributes(other))) return;
        reached.add(other);
        next.push(other);
      });
    fringe = next;
  }
  return reached;
}

function inducedSubgraph(
  graph: EssayGraph,
  nodes: Set<string>,
  keepEdge: ReturnType<typeof edgePredicate>,
): EssayGraph {
  const sub = emptyEssayGraph(graph.getAttributes());
  for (const node of nodes) sub.addNode(node, { ...graph.getNodeAttributes(node) });
  for (const node of nodes) {
    graph.forEachOutEdge(node, (edge, attrs, source, target) => {
      if (nodes.has(target) && (keepEdge === null || keepEdge(attrs)))
        sub.addDirectedEdgeWithKey(edge, source, target, { ...attrs });
    });
  }
  return sub;
}
