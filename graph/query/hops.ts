// The relations a hop between two consecutive path nodes can use, best first, labels read in the direction of travel.
import { copyRelationFacts } from '../relation-facts.js';
import type { EssayGraph, Modality } from '../types.js';
import { edgeClause } from '../wording.js';
import type { Traversal } from './traversal.js';
import type { EdgeView, HopEdge } from './types.js';

const MODALITY_RANK: Record<Modality, number> = { fact: 0, claim: 1, hypothetical: 2, question: 3 };

/**
 * A path is a sequence of nodes, not of edges: parallel relations between the same two nodes do not make
 * distinct paths (k=3 would otherwise return one route three times over). Each hop carries its best relation —
 * a fact before a claim before a hypothetical before a question, then one travelled in its own direction before
 * one travelled against it, then the one the essay states first (a reader meets the argument in that order),
 * then the lowest edge key — and lists the others the filters allow in `parallel`.
 */
export function hopEdges(t: Traversal, from: string, to: string): HopEdge[] {
  const found: HopEdge[] = [];
  const take = (reversed: boolean) => (edge: string, attrs: EdgeView) => {
    if (t.edgeOk === null || t.edgeOk(attrs)) found.push(toHopEdge(t.graph, edge, attrs, reversed));
  };
  t.graph.forEachOutEdge(from, to, take(false));
  if (!t.directed && from !== to) t.graph.forEachOutEdge(to, from, take(true));
  return found.sort(compareHopEdges);
}

function toHopEdge(graph: EssayGraph, edge: string, attrs: EdgeView, reversed: boolean): HopEdge {
  return {
    edge,
    relation: attrs.relation,
    label: reversed ? attrs.inverseLabel : attrs.label,
    clause: edgeClause(graph, edge),
    ...copyRelationFacts(attrs),
    reversed,
  };
}

function compareHopEdges(a: HopEdge, b: HopEdge): number {
  return (
    MODALITY_RANK[a.modality] - MODALITY_RANK[b.modality] ||
    Number(a.reversed) - Number(b.reversed) ||
    firstQuoted(a) - firstQuoted(b) ||
    (a.edge < b.edge ? -1 : a.edge > b.edge ? 1 : 0)
  );
}

function firstQuoted(hop: HopEdge): number {
  return hop.evidence.reduce((min, e) => Math.min(min, e.start), Number.POSITIVE_INFINITY);
}

/** Whether the best relation of the hop from → to is a fact (some allowed relation is); ranks equal-length paths. */
export function hopIsFact(t: Traversal, from: string, to: string): boolean {
  const isFact = (_edge: string, attrs: EdgeView) =>
    attrs.modality === 'fact' && (t.edgeOk === null || t.edgeOk(attrs));
  return (
    t.graph.someOutEdge(from, to, isFact) || (!t.directed && t.graph.someOutEdge(to, from, isFact))
  );
}
