// Which sentences of a document the current view points at (a node's mentions, an edge's evidence, a path's quotes).
import { activePath } from './path.js';
import type { ExplorerGraph, State } from '../types.js';

/** The sentences of the document `doc` (its indices are that document's). */
export function sentencesInView(graph: ExplorerGraph, state: State, doc: string): number[] {
  const found = new Set<number>();
  const sel = state.selection;
  if (sel?.type === 'node' && graph.hasNode(sel.id))
    for (const m of graph.getNodeAttribute(sel.id, 'mentions'))
      if (m.doc === doc) found.add(m.sentence);
  if (
    sel?.type === 'edge' &&
    graph.hasEdge(sel.id) &&
    graph.getEdgeAttribute(sel.id, 'doc') === doc
  )
    for (const e of graph.getEdgeAttribute(sel.id, 'evidence')) found.add(e.sentence);
  if (!sel) {
    const path = activePath(state);
    for (const hop of path?.hops ?? [])
      if (hop.doc === doc) for (const e of hop.evidence) found.add(e.sentence);
  }
  return [...found].sort((a, b) => a - b);
}
