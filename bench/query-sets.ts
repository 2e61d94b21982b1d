// The seeded queries the searches are timed on: random pairs of entities, and waypoint routes along random walks.
import seedrandom from 'seedrandom';
import type { EssayGraph } from '../graph/types.js';

export type Pair = [source: string, target: string];

/** `count` pairs of distinct entities drawn uniformly; the same graph and seed give the same pairs. */
export function samplePairs(graph: EssayGraph, count: number, seed: string): Pair[] {
  const rng = seedrandom.alea(seed);
  const nodes = graph.nodes();
  if (nodes.length < 2)
    throw new Error('bench: sampling pairs needs a graph of at least two nodes.');
  const pairs: Pair[] = [];
  while (pairs.length < count) {
    const a = nodes[Math.floor(rng() * nodes.length)]!;
    const b = nodes[Math.floor(rng() * nodes.length)]!;
    if (a !== b) pairs.push([a, b]);
  }
  return pairs;
}

/**
 * Routes like "mao -> khrushchev -> de-stalinization": each stop a random walk of `step` hops from the last,
 * so the route is one a reader might ask about and has an answer within the hop limit, not four strangers
 * across the graph. Stops are distinct; a walk that cannot find a new stop starts again elsewhere.
 */
export function sampleRoutes(
  graph: EssayGraph,
  count: number,
  stops: number,
  step: number,
  seed: string,
): string[][] {
  const rng = seedrandom.alea(seed);
  const nodes = graph.nodes();
  const routes: string[][] = [];
  for (let attempt = 0; routes.length < count && attempt < count * 100; attempt++) {
    const route = [nodes[Math.floor(rng() * nodes.length)]!];
    while (route.length < stops) {
      const next = walk(graph, route[route.length - 1]!, step, rng);
      if (next === null || route.includes(next)) break;
      route.push(next);
    }
    if (route.length === stops) routes.push(route);
  }
  return routes;
}

function walk(graph: EssayGraph, from: string, steps: number, rng: () => number): string | null {
  let node = from;
  for (let i = 0; i < steps; i++) {
    const neighbors = graph.neighbors(node);
    if (neighbors.length === 0) return null;
    node = neighbors[Math.floor(rng() * neighbors.length)]!;
  }
  return node === from ? null : node;
}
