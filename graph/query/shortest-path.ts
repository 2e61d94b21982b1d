// The shortest path by hops between two nodes: a bidirectional breadth-first search with bounds and bans.
import type { Traversal } from './traversal.js';

export interface SearchBounds {
  maxHops: number;
  /** Nodes the path may not pass through (Yen's root path, the other waypoints). */
  banned?: ReadonlySet<string> | null;
  /** Neighbours of the source the path may not take as its first hop (Yen's removed hops). */
  bannedFirst?: ReadonlySet<string> | null;
}

/**
 * Hand-written rather than graphology-shortest-path's `bidirectional`, whose search it follows (expand the
 * smaller fringe, stop at the first meeting, which is a shortest path because fringes grow a level at a time):
 * that one follows edge direction only, and takes no edge filter, hop bound or banned nodes, which undirected
 * search, filters, `maxHops`, Yen's spur searches and waypoint legs all need. Returns the node ids from `source`
 * to `target`, or null when no path of at most `maxHops` hops exists. Deterministic: neighbours are visited in
 * the graph's insertion order.
 */
export function shortestNodePath(
  t: Traversal,
  source: string,
  target: string,
  bounds: SearchBounds,
): string[] | null {
  if (source === target) return [source];
  const banned = bounds.banned ?? null;
  const bannedFirst = bounds.bannedFirst?.size ? bounds.bannedFirst : null;
  const pred = new Map<string, string | null>([[source, null]]);
  const succ = new Map<string, string | null>([[target, null]]);
  let forwardFringe = [source];
  let reverseFringe = [target];
  let depth = 0;
  let meetPred: string | null = null;
  let meetSucc: string | null = null;
  let current = source;
  let next: string[] = [];

  const admit = (node: string) => (banned === null || !banned.has(node)) && t.allows(node);
  const onForward = (neighbor: string): boolean => {
    if (bannedFirst !== null && current === source && bannedFirst.has(neighbor)) return false;
    if (succ.has(neighbor)) {
      meetPred = current;
      meetSucc = neighbor;
      return true;
    }
    if (!pred.has(neighbor) && admit(neighbor)) {
      pred.set(neighbor, current);
      next.push(neighbor);
    }
    return false;
  };
  const onBackward = (neighbor: string): boolean => {
    if (bannedFirst !== null && neighbor === source && bannedFirst.has(current)) return false;
    if (pred.has(neighbor)) {
      meetPred = neighbor;
      meetSucc = current;
      return true;
    }
    if (!succ.has(neighbor) && admit(neighbor)) {
      succ.set(neighbor, current);
      next.push(neighbor);
    }
    return false;
  };

  while (forwardFringe.length > 0 && reverseFringe.length > 0 && depth < bounds.maxHops) {
    const forward = forwardFringe.length <= reverseFringe.length;
    const fringe = forward ? forwardFringe : reverseFringe;
    next = [];
    for (const node of fringe) {
      current = node;
      if (forward) t.forward(node, onForward);
      else t.backward(node, onBackward);
      if (meetPred !== null) return joinHalves(pred, succ, meetPred, meetSucc!);
    }
    if (forward) forwardFringe = next;
    else reverseFringe = next;
    depth++;
  }
  return null;
}

function joinHalves(
  pred: Map<string, string | null>,
  succ: Map<string, string | null>,
  meetPred: string,
  meetSucc: string,
): string[] {
  const path: string[] = [];
  for (let node: string | null = meetPred; node !== null; node = pred.get(node) ?? null)
    path.push(node);
  path.reverse();
  for (let node: string | null = meetSucc; node !== null; node = succ.get(node) ?? null)
    path.push(node);
  return path;
}
