// The k shortest loopless paths between two nodes (Yen's algorithm over hop counts).
import { comparePaths, pathKey, rankPath, type RankedPath } from './path-order.js';
import { shortestNodePath } from './shortest-path.js';
import type { Traversal } from './traversal.js';

/**
 * Yen's algorithm, hand-written: graphology has no k-shortest-paths, and graphology-simple-path's
 * `allSimplePaths` enumerates every simple path, which explodes on large graphs. Each spur search is a bounded
 * bidirectional BFS (see shortest-path.ts) that bans the root path's nodes and the hops already taken from the
 * spur node, so no graph copy is made. Paths are node sequences (see hops.ts); the result is ordered by
 * `comparePaths`.
 */
export function kShortestNodePaths(
  t: Traversal,
  source: string,
  target: string,
  k: number,
  maxHops: number,
  banned: ReadonlySet<string> | null = null,
): RankedPath[] {
  const first = shortestNodePath(t, source, target, { maxHops, banned });
  if (first === null) return [];
  const found: RankedPath[] = [rankPath(t, first)];
  const candidates: RankedPath[] = [];
  const seen = new Set([pathKey(first)]);

  while (found.length < k) {
    const previous = found[found.length - 1]!.nodes;
    for (let j = 0; j + 1 < previous.length; j++) {
      const root = previous.slice(0, j + 1);
      const spurPath = shortestNodePath(t, previous[j]!, target, {
        maxHops: maxHops - j,
        banned: withRoot(banned, root),
        bannedFirst: hopsTakenAfter(found, root),
      });
      if (spurPath === null) continue;
      const nodes = root.slice(0, -1).concat(spurPath);
      const key = pathKey(nodes);
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push(rankPath(t, nodes));
    }
    if (candidates.length === 0) break;
    candidates.sort(comparePaths);
    found.push(candidates.shift()!);
  }
  return found.sort(comparePaths);
}

/** The banned nodes plus the root path except its last node (the spur node). */
function withRoot(banned: ReadonlySet<string> | null, root: string[]): Set<string> {
  const out = new Set(banned);
  for (let i = 0; i + 1 < root.length; i++) out.add(root[i]!);
  return out;
}

/** The nodes that found paths sharing this root visit right after it: the spur search may not repeat them. */
function hopsTakenAfter(found: RankedPath[], root: string[]): Set<string> {
  const out = new Set<string>();
  for (const { nodes } of found) {
    if (nodes.length > root.length && root.every((node, i) => nodes[i] === node))
      out.add(nodes[root.length]!);
  }
  return out;
}
