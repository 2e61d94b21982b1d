// The legend's filters and the year as the core's ViewFilter, so the graph is filtered by the one predicate the API uses.
import type { ViewFilter } from '../../graph/query/types.js';
import { ENTITY_KINDS_LIST, MODALITY_LIST } from './vocabulary.js';
import type { DocumentScope, ExplorerGraph, Filters } from '../types.js';

/**
 * What the view keeps: the kinds, relation types (of this graph) and modalities not hidden, in force in `year`
 * (null: any time), stated in the documents of `scope` (null: all). Only the parts that filter are set.
 */
export function viewFilterOf(
  graph: ExplorerGraph,
  filters: Filters,
  year: number | null,
  scope: DocumentScope = null,
): ViewFilter {
  const filter: ViewFilter = {};
  if (year !== null) filter.at = year;
  if (scope !== null) filter.doc = [...scope];
  const { hiddenKinds, hiddenRelations, hiddenModalities } = filters;
  if (hiddenKinds.length) filter.kinds = ENTITY_KINDS_LIST.filter((k) => !hiddenKinds.includes(k));
  if (hiddenModalities.length)
    filter.modalities = MODALITY_LIST.filter((m) => !hiddenModalities.includes(m));
  if (hiddenRelations.length) {
    const types = new Set(graph.mapEdges((_edge, a) => a.relation));
    filter.relations = [...types].filter((r) => !hiddenRelations.includes(r));
  }
  return filter;
}
