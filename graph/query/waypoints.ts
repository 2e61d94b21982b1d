// Paths through waypoints in order: the shortest legs between consecutive stops, combined into simple paths.
import { kShortestNodePaths } from './k-paths.js';
import { comparePaths, type RankedPath } from './path-order.js';
import type { Traversal } from './traversal.js';

/** Result of a waypoint search; `failedLeg` is the index of the first leg with no path at all. */
export interface WaypointPaths {
  paths: RankedPath[];
  failedLeg: number | null;
}

/** Extra candidates per leg beyond k, so legs that collide with each other can be replaced by the next best. */
const SPARE_LEGS = 2;
const MAX_LEGS_PER_STOP = 10;

/**
 * Each leg (stop i → stop i+1) avoids every other stop, so stops are visited in order and once; a leg keeps the
 * k+2 shortest candidates (Yen's), and combinations are enumerated cheapest first — total hops, then the order of
 * path-order.ts — keeping those whose legs share no node. A simple path needing a leg longer than its leg's
 * k+2 shortest is not found: the price of never enumerating all paths.
 */
export function waypointNodePaths(
  t: Traversal,
  stops: string[],
  k: number,
  maxHops: number,
): WaypointPaths {
  const legCount = stops.length - 1;
  const perLeg = Math.min(MAX_LEGS_PER_STOP, k + SPARE_LEGS);
  const legs: RankedPath[][] = [];
  for (let i = 0; i < legCount; i++) {
    const others = new Set(stops.filter((_, j) => j !== i && j !== i + 1));
    const leg = kShortestNodePaths(
      t,
      stops[i]!,
      stops[i + 1]!,
      perLeg,
      maxHops - (legCount - 1),
      others,
    );
    if (leg.length === 0) return { paths: [], failedLeg: i };
    legs.push(leg);
  }
  return { paths: combineLegs(t, legs, k, maxHops), failedLeg: null };
}

interface Combination extends RankedPath {
  picks: number[];
}

/** Best-first enumeration over the legs' candidate indexes (each leg's list is sorted best first). */
function combineLegs(t: Traversal, legs: RankedPath[][], k: number, maxHops: number): RankedPath[] {
  const start = legs.map(() => 0);
  const queue: Combination[] = [combine(legs, start)];
  const queued = new Set([start.join(',')]);
  const out: RankedPath[] = [];
  while (queue.length > 0 && out.length < k) {
    const best = queue.shift()!;
    t.spend(best.nodes.length);
    if (best.nodes.length - 1 > maxHops) break;
    if (new Set(best.nodes).size === best.nodes.length) out.push(best);
    for (let i = 0; i < legs.length; i++) {
      const picks = best.picks.slice();
      picks[i]!++;
      const key = picks.join(',');
      if (picks[i]! >= legs[i]!.length || queued.has(key)) continue;
      queued.add(key);
      insertSorted(queue, combine(legs, picks));
    }
  }
  return out.sort(comparePaths);
}

function combine(legs: RankedPath[][], picks: number[]): Combination {
  const nodes: string[] = [];
  let weakHops = 0;
  picks.forEach((pick, i) => {
    const leg = legs[i]![pick]!;
    nodes.push(...(i === 0 ? leg.nodes : leg.nodes.slice(1)));
    weakHops += leg.weakHops;
  });
  return { nodes, weakHops, picks };
}

function insertSorted(queue: Combination[], item: Combination): void {
  let i = queue.length;
  while (i > 0 && comparePaths(queue[i - 1]!, item) > 0) i--;
  queue.splice(i, 0, item);
}
