// The order of paths in an answer: shortest first, then the best attested, then by node ids.
import { hopIsFact } from './hops.js';
import type { Traversal } from './traversal.js';

export interface RankedPath {
  nodes: string[];
  /** Hops whose best relation is not a fact (a claim, a hypothetical, a question). */
  weakHops: number;
}

export function rankPath(t: Traversal, nodes: string[]): RankedPath {
  let weakHops = 0;
  for (let i = 0; i + 1 < nodes.length; i++)
    if (!hopIsFact(t, nodes[i]!, nodes[i + 1]!)) weakHops++;
  return { nodes, weakHops };
}

/**
 * Fewer hops first; among equally long paths, fewer hops that rest on a claim rather than a fact; then the node
 * ids compared hop by hop, so the order never depends on how the search met the paths. When more equally long
 * paths exist than `k` asks for, which of them are found depends on the search (deterministic for a given graph).
 */
export function comparePaths(a: RankedPath, b: RankedPath): number {
  return a.nodes.length - b.nodes.length || a.weakHops - b.weakHops || compareIds(a.nodes, b.nodes);
}

function compareIds(a: string[], b: string[]): number {
  for (let i = 0; i < a.length && i < b.length; i++) {
    if (a[i]! !== b[i]!) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length - b.length;
}

export function pathKey(nodes: readonly string[]): string {
  return nodes.join('\u0000');
}
