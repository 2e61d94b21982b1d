// View filters: which relations and entities a view of the graph keeps (by time, type, kind, modality).
import { scopedAttributes } from '../documents.js';
import { emptyEssayGraph } from '../empty-graph.js';
import type { EssayGraph, NodeAttributes, TimeSpan } from '../types.js';
import type { EdgeView, ViewFilter } from './types.js';

/**
 * Whether a time span holds a year; open ends are unbounded. An undated relation (`null`) is timeless: the essay
 * states it without a date, so it holds in every year and every `at=` view keeps it.
 */
export function timeHolds(time: TimeSpan | null, year: number): boolean {
  if (time === null) return true;
  return (time.start === null || time.start <= year) && (time.end === null || year <= time.end);
}

export type EdgePredicate = (attrs: EdgeView) => boolean;

/** The edge part of a filter as one predicate, or null when it keeps every edge (the search's fast path). */
export function edgePredicate(
  filter: Pick<ViewFilter, 'at' | 'relations' | 'facts' | 'modalities' | 'doc'>,
): EdgePredicate | null {
  const { at, facts } = filter;
  const relations = filter.relations?.length ? new Set(filter.relations) : null;
  const modalities = filter.modalities?.length ? new Set<string>(filter.modalities) : null;
  const docs = filter.doc?.length ? new Set(filter.doc) : null;
  if (at === undefined && !facts && relations === null && modalities === null && docs === null)
    return null;
  return (attrs) =>
    (docs === null || docs.has(attrs.doc)) &&
    (relations === null || relations.has(attrs.relation)) &&
    (!facts || attrs.modality === 'fact') &&
    (modalities === null || modalities.has(attrs.modality)) &&
    (at === undefined || timeHolds(attrs.time, at));
}

export function edgeInView(attrs: EdgeView, filter: ViewFilter): boolean {
  return edgePredicate(filter)?.(attrs) ?? true;
}

export function nodeInView(attrs: Pick<NodeAttributes, 'kind'>, filter: ViewFilter): boolean {
  return !filter.kinds?.length || filter.kinds.includes(attrs.kind);
}

export function isEmptyFilter(filter: ViewFilter): boolean {
  return edgePredicate(filter) === null && !filter.kinds?.length;
}

/**
 * The entities of the documents `doc` names: those they mention or relate, whatever the other filters keep of
 * their relations; null when the filter names no document (every entity is in scope).
 */
export function entitiesInScope(
  graph: EssayGraph,
  doc: readonly string[] | undefined,
): Set<string> | null {
  if (!doc?.length) return null;
  const docs = new Set(doc);
  const kept = new Set<string>();
  graph.forEachNode((node, attrs) => {
    if (attrs.mentions.some((m) => docs.has(m.doc))) kept.add(node);
  });
  graph.forEachEdge((_, attrs, source, target) => {
    if (!docs.has(attrs.doc)) return;
    kept.add(source);
    kept.add(target);
  });
  return kept;
}

/**
 * A filtered copy of the graph: the entities of the kept kinds and the kept relations between them. `at` filters
 * relations only — entities are kept whatever their own dates, so a view keeps its layout and an event stays
 * reachable through relations dated after it; a client may hide the entities a view leaves without relations.
 */
export function filterGraph(graph: EssayGraph, filter: ViewFilter): EssayGraph {
  const copy = emptyEssayGraph(scopedAttributes(graph.getAttributes(), filter.doc));
  const keepEdge = edgePredicate(filter);
  const inScope = entitiesInScope(graph, filter.doc);
  graph.forEachNode((node, attrs) => {
    if (nodeInView(attrs, filter) && (inScope === null || inScope.has(node)))
      copy.addNode(node, { ...attrs });
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    if ((keepEdge === null || keepEdge(attrs)) && copy.hasNode(source) && copy.hasNode(target))
      copy.addDirectedEdgeWithKey(edge, source, target, { ...attrs });
  });
  return copy;
}
