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
  const s: SearchState = {
    pred: new Map([[source, null]]),
    succ: new Map([[target, null]]),
    next: [],
    current: source,
    meet: null,
  };
  const onForward = sideVisitor(t, s, true, source, bounds);
  const onBackward = sideVisitor(t, s, false, source, bounds);
  let forwardFringe = [source];
  let reverseFringe = [target];
  let depth = 0;
  while (forwardFringe.length > 0 && reverseFringe.length > 0 && depth < bounds.maxHops) {
    const forward = forwardFringe.length <= reverseFringe.length;
    const fringe = forward ? forwardFringe : reverseFringe;
    s.next = [];
    for (const node of fringe) {
      s.current = node;
      if (forward) t.forward(node, onForward);
      else t.backward(node, onBackward);
      if (s.meet !== null) return joinHalves(s.pred, s.succ, s.meet.pred, s.meet.succ);
    }
    if (forward) forwardFringe = s.next;
    else reverseFringe = s.next;
    depth++;
  }
  return null;
}

/** Both halves of a bidirectional search: each node's predecessor (from the source) or successor (to the target). */
interface SearchState {
  pred: Map<string, string | null>;
  succ: Map<string, string | null>;
  /** The fringe being grown. */
  next: string[];
  /** The fringe node whose neighbours are being visited. */
  current: string;
  /** The hop where the halves met, in the source-to-target direction. */
  meet: { pred: string; succ: string } | null;
}

/**
 * The visit of one side's neighbours: the forward side walks hops current → neighbour, the backward side
 * neighbour → current; one function for both so the two sides cannot drift apart. Returns true when the halves meet.
 */
function sideVisitor(
  t: Traversal,
  s: SearchState,
  forward: boolean,
  source: string,
  bounds: SearchBounds,
): (neighbor: string) => boolean {
  const banned = bounds.banned ?? null;
  const bannedFirst = bounds.bannedFirst?.size ? bounds.bannedFirst : null;
  const own = forward ? s.pred : s.succ;
  const other = forward ? s.succ : s.pred;
  return (neighbor) => {
    const from = forward ? s.current : neighbor;
    const to = forward ? neighbor : s.current;
    if (bannedFirst !== null && from === source && bannedFirst.has(to)) return false;
    if (other.has(neighbor)) {
      s.meet = { pred: from, succ: to };
      return true;
    }
    if (!own.has(neighbor) && (banned === null || !banned.has(neighbor)) && t.allows(neighbor)) {
      own.set(neighbor, s.current);
      s.next.push(neighbor);
    }
    return false;
  };
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
