// Derives what the graph shows from the State: hidden items, emphasised items (hover, path, selection).
import { reachedWithin } from '../../graph/query/neighbors.js';
import { changeByEdge, compareYears, type YearChange } from '../../graph/query/compare-years.js';
import { edgePredicate, entitiesInScope, nodeInView } from '../../graph/query/view-filter.js';
import { viewFilterOf } from '../state/view-filter.js';
import { activePath } from '../state/path.js';
import type { ExplorerGraph, FoundPath, GraphView, State } from '../types.js';

/** Up to this many nodes left active by a filter, every one of them is labelled. */
const FEW_ACTIVE_NODES = 30;
/** Beyond this many emphasised relations their labels pile up; hovering one still names it. */
const FEW_EDGE_LABELS = 12;

export function computeGraphView(graph: ExplorerGraph, state: State): GraphView {
  const changes = state.compare
    ? changeByEdge(compareYears(graph, state.compare.from, state.compare.to))
    : null;
  const hiddenNodes = hiddenNodesOf(graph, state);
  const hiddenEdges = hiddenEdgesOf(graph, state, hiddenNodes, changes);
  // The path ran under these same filters; only its named stops may be of a hidden kind: it is drawn whole.
  const path = activePath(state);
  for (const node of path?.nodes ?? []) hiddenNodes.delete(node.id);
  for (const hop of path?.hops ?? []) hiddenEdges.delete(hop.edge);
  const isolatedNodes = isolatedNodesOf(graph, state, hiddenNodes, hiddenEdges);
  const emphasis = emphasisOf(graph, state, hiddenEdges);
  const active = graph.order - hiddenNodes.size - isolatedNodes.size;
  return {
    hiddenNodes,
    hiddenEdges,
    isolatedNodes,
    labelActive: isolatedNodes.size > 0 && active <= FEW_ACTIVE_NODES,
    labelEmphasisEdges: (emphasis?.edges.size ?? 0) <= FEW_EDGE_LABELS,
    emphasisNodes: emphasis?.nodes ?? null,
    emphasisEdges: emphasis?.edges ?? null,
    changes,
  };
}

function hiddenNodesOf(graph: ExplorerGraph, state: State): Set<string> {
  const hidden = new Set<string>();
  const filter = viewFilterOf(graph, state.filters, null, state.scope);
  // Entities no document in scope mentions or relates are not part of the view at all.
  const inScope = entitiesInScope(graph, filter.doc);
  if (inScope)
    graph.forEachNode((node) => {
      if (!inScope.has(node)) hidden.add(node);
    });
  if (filter.kinds)
    graph.forEachNode((node, a) => {
      if (!nodeInView(a, filter)) hidden.add(node);
    });
  if (state.focus && graph.hasNode(state.focus)) {
    const near = reachedWithin(graph, state.focus, state.focusDepth);
    graph.forEachNode((node) => {
      if (!near.has(node)) hidden.add(node);
    });
  }
  return hidden;
}

/** A comparison of two years stands in for the year: only the relations that began, ended or held are shown. */
function hiddenEdgesOf(
  graph: ExplorerGraph,
  state: State,
  hiddenNodes: Set<string>,
  changes: ReadonlyMap<string, YearChange> | null,
): Set<string> {
  const hidden = new Set<string>();
  const keep = edgePredicate(
    viewFilterOf(graph, state.filters, changes ? null : state.year, state.scope),
  );
  if (hiddenNodes.size === 0 && keep === null && changes === null) return hidden;
  graph.forEachEdge((edge, a, source, target) => {
    if (
      hiddenNodes.has(source) ||
      hiddenNodes.has(target) ||
      (keep !== null && !keep(a)) ||
      (changes !== null && !changes.has(edge))
    )
      hidden.add(edge);
  });
  return hidden;
}

/** With relations filtered out, nodes left with none are dimmed so the remaining structure reads. */
function isolatedNodesOf(
  graph: ExplorerGraph,
  state: State,
  hiddenNodes: Set<string>,
  hiddenEdges: Set<string>,
): Set<string> {
  const isolated = new Set<string>();
  const { hiddenRelations, hiddenModalities } = state.filters;
  if (state.year === null && !state.compare && !hiddenRelations.length && !hiddenModalities.length)
    return isolated;
  graph.forEachNode((node) => {
    if (hiddenNodes.has(node) || graph.degree(node) === 0) return;
    if (graph.everyEdge(node, (edge) => hiddenEdges.has(edge))) isolated.add(node);
  });
  return isolated;
}

interface Emphasis {
  nodes: Set<string>;
  edges: Set<string>;
}

/** Hover wins over the drawn path, which wins over the selection. */
function emphasisOf(graph: ExplorerGraph, state: State, hiddenEdges: Set<string>): Emphasis | null {
  if (state.hoveredNode && graph.hasNode(state.hoveredNode))
    return aroundNode(graph, state.hoveredNode, hiddenEdges);
  if (state.hoveredEdge && graph.hasEdge(state.hoveredEdge))
    return aroundEdge(graph, state.hoveredEdge);
  const path = activePath(state);
  if (path) return pathEmphasis(graph, path);
  const sel = state.selection;
  if (sel?.type === 'node' && graph.hasNode(sel.id)) return aroundNode(graph, sel.id, hiddenEdges);
  if (sel?.type === 'edge' && graph.hasEdge(sel.id)) return aroundEdge(graph, sel.id);
  return null;
}

function aroundNode(graph: ExplorerGraph, node: string, hiddenEdges: Set<string>): Emphasis {
  const nodes = new Set([node]);
  const edges = new Set<string>();
  graph.forEachEdge(node, (edge, _a, source, target) => {
    if (hiddenEdges.has(edge)) return;
    edges.add(edge);
    nodes.add(source);
    nodes.add(target);
  });
  return { nodes, edges };
}

function aroundEdge(graph: ExplorerGraph, edge: string): Emphasis {
  return { nodes: new Set(graph.extremities(edge)), edges: new Set([edge]) };
}

function pathEmphasis(graph: ExplorerGraph, path: FoundPath) {
  const nodes = new Set(path.nodes.map((n) => n.id).filter((id) => graph.hasNode(id)));
  const edges = new Set(path.hops.map((h) => h.edge).filter((id) => graph.hasEdge(id)));
  return { nodes, edges };
}
