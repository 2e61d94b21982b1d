// One query's way of walking the graph: which hops the filters allow, in which direction, within a work budget.
import { TooExpensiveError } from '../errors.js';
import type { EssayGraph } from '../types.js';
import { edgePredicate, type EdgePredicate } from './view-filter.js';
import type { PathFilters } from './types.js';

/** Called for each neighbour one allowed hop away; returning true stops the iteration. */
type Visit = (neighbor: string) => boolean;

export interface Traversal {
  readonly graph: EssayGraph;
  readonly directed: boolean;
  /** Null when every edge is allowed. */
  readonly edgeOk: EdgePredicate | null;
  /** Neighbours reachable from `node` in one hop, in the direction of travel. */
  forward(node: string, visit: Visit): void;
  /** Neighbours from which `node` is reachable in one hop (the same as `forward` when undirected). */
  backward(node: string, visit: Visit): void;
  /** Whether a path may pass through `node` (avoided kinds; the query's own endpoints are exempt). */
  allows(node: string): boolean;
  /** Counts work done outside the adjacency walks (e.g. combining waypoint legs). */
  spend(units: number): void;
}

export interface TraversalOptions {
  directed: boolean;
  filters: PathFilters;
  /** Nodes exempt from `avoidKinds`: the endpoints and waypoints the user named. */
  exempt: Iterable<string>;
  budget: number;
}

/**
 * Filters are applied as predicates during the walk, never by copying the graph: a query on a 1M-edge graph
 * must not pay for a copy. Without edge filters the walk goes by neighbour (one entry per neighbour, however many
 * parallel relations), with them by edge.
 */
export function createTraversal(graph: EssayGraph, options: TraversalOptions): Traversal {
  const { directed, filters } = options;
  const edgeOk = edgePredicate(filters);
  const avoid = filters.avoidKinds?.length ? new Set<string>(filters.avoidKinds) : null;
  const exempt = new Set(options.exempt);
  const limit = options.budget;
  let used = 0;

  const spend = (units: number) => {
    used += units;
    if (used > limit)
      throw new TooExpensiveError(
        `This query is too expensive: it examined more than ${limit} graph entries. ` +
          'Lower `maxHops` or `k`, add waypoints or filters, or ask about closer entities.',
      );
  };
  const tick = () => {
    if (++used > limit) spend(0);
  };

  const out = makeWalk(graph, directed ? 'out' : 'any', edgeOk, tick);
  const back = directed ? makeWalk(graph, 'in', edgeOk, tick) : out;

  return {
    graph,
    directed,
    edgeOk,
    forward: out,
    backward: back,
    allows: (node) =>
      avoid === null || exempt.has(node) || !avoid.has(graph.getNodeAttribute(node, 'kind')),
    spend,
  };
}

type Side = 'out' | 'in' | 'any';

function makeWalk(
  graph: EssayGraph,
  side: Side,
  edgeOk: EdgePredicate | null,
  tick: () => void,
): (node: string, visit: Visit) => void {
  if (edgeOk === null) return neighborWalk(graph, side, tick);
  const each =
    side === 'out'
      ? graph.someOutEdge.bind(graph)
      : side === 'in'
        ? graph.someInEdge.bind(graph)
        : graph.someEdge.bind(graph);
  return (node, visit) => {
    each(node, (_edge, attrs, source, target) => {
      tick();
      if (!edgeOk(attrs)) return false;
      return visit(source === node ? target : source);
    });
  };
}

/**
 * Without edge filters, neighbour arrays (graphology answers them with one Object.keys) walked in a plain loop:
 * the hot path of every search, kept as lean as graphology-shortest-path's own. Undirected walks read both
 * sides; a neighbour on both is visited twice, which the search's visited check absorbs.
 */
function neighborWalk(
  graph: EssayGraph,
  side: Side,
  tick: () => void,
): (node: string, visit: Visit) => void {
  const scan = (neighbors: string[], visit: Visit): boolean => {
    for (let i = 0; i < neighbors.length; i++) {
      tick();
      if (visit(neighbors[i]!)) return true;
    }
    return false;
  };
  if (side === 'out') return (node, visit) => void scan(graph.outNeighbors(node), visit);
  if (side === 'in') return (node, visit) => void scan(graph.inNeighbors(node), visit);
  return (node, visit) => {
    if (!scan(graph.outNeighbors(node), visit)) scan(graph.inNeighbors(node), visit);
  };
}
