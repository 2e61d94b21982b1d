// Which essay sentences the current view points at (a node's mentions, an edge's evidence, a path's quotes).
import { activePath } from './path.js';
import type { ExplorerGraph, State } from '../types.js';

export function sentencesInView(graph: ExplorerGraph, state: State): number[] {
  const found = new Set<number>();
  const sel = state.selection;
  if (sel?.type === 'node' && graph.hasNode(sel.id))
    for (const m of graph.getNodeAttribute(sel.id, 'mentions')) found.add(m.sentence);
  if (sel?.type === 'edge' && graph.hasEdge(sel.id))
    for (const e of graph.getEdgeAttribute(sel.id, 'evidence')) found.add(e.sentence);
  if (!sel) {
    const path = activePath(state);
    for (const hop of path?.hops ?? []) for (const e of hop.evidence) found.add(e.sentence);
  }
  return [...found].sort((a, b) => a - b);
}
