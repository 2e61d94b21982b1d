// Importance: the share of the essay's relations that touch a node, kept exact in the graph, told to 1/1000.

import type { EssayGraph } from './types.js';

/**
 * Importance is the share of the essay's relations that touch a node: a reader can check it by counting,
 * which PageRank over hand-directed relations would not allow. It stays exact: the drawing side sizes nodes
 * by it, and the layout's anti-overlap keeps those sizes apart; rounded, sizes and positions would move.
 */
export function assignImportance(graph: EssayGraph): void {
  // A loop, not Math.max(...degrees): spreading a quarter-million degrees overflows the call stack.
  let max = 1;
  graph.forEachNode((node) => {
    max = Math.max(max, graph.degree(node));
  });
  graph.updateEachNodeAttributes((node, attrs) => {
    attrs.importance = graph.degree(node) / max;
    return attrs;
  });
}

/** Importance as readers are told it (the API, the downloads): three decimals say all a ranking needs. */
export function toldImportance(importance: number): number {
  return Math.round(importance * 1000) / 1000;
}
