// Who asserts what: the relations the essay attributes to a speaker, grouped by speaker, each with its quotes.
import type { EntityKind, Evidence, Modality, NameArticle, Polarity, TimeSpan } from '../types.js';
import { edgeClause, type ClauseGraph, type ClausePart } from '../wording.js';
import type { EdgeView, PathNode } from './types.js';

/** One attributed relation, read source → target, with the words that carry it. */
export interface Claim {
  edge: string;
  relation: string;
  source: PathNode;
  target: PathNode;
  label: string;
  /** The relation as a clause, subject first (graph/wording.ts): claims read as hops do. */
  clause: ClausePart[];
  polarity: Polarity;
  modality: Modality;
  time: TimeSpan | null;
  evidence: Evidence[];
}

export interface SpeakerClaims {
  speaker: PathNode;
  claims: Claim[];
}

/** What the grouping reads from a graph: the server's EssayGraph and the explorer's graph both fit. */
export interface ClaimsGraph extends ClauseGraph {
  forEachEdge(
    callback: (edge: string, attributes: EdgeView, source: string, target: string) => void,
  ): void;
  hasNode(node: string): boolean;
  getNodeAttributes(node: string): { label: string; kind: EntityKind; article?: NameArticle };
  findNode(
    predicate: (node: string, attributes: { label: string; kind: EntityKind }) => boolean,
  ): string | undefined;
}

/** The author's entity: the person whose label is the essay's byline (the graph's `author` attribute). */
export function authorOf(graph: ClaimsGraph, byline: string): string | null {
  return graph.findNode((_, a) => a.kind === 'person' && a.label === byline) ?? null;
}

/**
 * A claim is a relation someone other than the author asserts, or one the author puts forward as less than a
 * fact (a claim, a hypothetical, a question). The author's plain facts are the essay's narration: listing them
 * all under the author would bury the attributed claims a reader is looking for.
 */
export function isClaim(
  attributes: Pick<EdgeView, 'assertedBy' | 'modality'>,
  author: string | null,
) {
  return attributes.assertedBy !== author || attributes.modality !== 'fact';
}

/**
 * The claims of every speaker (or of `speaker` only), speakers with the most claims first, each speaker's
 * claims in the order the essay makes them. A speaker with no claim has no group.
 */
export function claimsBySpeaker(
  graph: ClaimsGraph,
  options: { author: string | null; speaker?: string },
): SpeakerClaims[] {
  const groups = new Map<string, Claim[]>();
  graph.forEachEdge((edge, a, source, target) => {
    if (options.speaker !== undefined && a.assertedBy !== options.speaker) return;
    if (!isClaim(a, options.author)) return;
    const claims = groups.get(a.assertedBy) ?? [];
    claims.push(toClaim(graph, edge, a, source, target));
    groups.set(a.assertedBy, claims);
  });
  return [...groups]
    .map(([id, claims]) => ({ speaker: nodeOf(graph, id), claims: claims.sort(byEssayOrder) }))
    .sort(
      (a, b) => b.claims.length - a.claims.length || a.speaker.label.localeCompare(b.speaker.label),
    );
}

function toClaim(graph: ClaimsGraph, edge: string, a: EdgeView, source: string, target: string) {
  return {
    edge,
    relation: a.relation,
    source: nodeOf(graph, source),
    target: nodeOf(graph, target),
    label: a.label,
    clause: edgeClause(graph, edge),
    polarity: a.polarity,
    modality: a.modality,
    time: a.time === null ? null : { ...a.time },
    evidence: a.evidence.map((e) => ({ ...e })),
  };
}

/** A speaker the graph does not hold (a corpus may name one) keeps its id as its label rather than vanish. */
function nodeOf(graph: ClaimsGraph, id: string): PathNode {
  if (!graph.hasNode(id)) return { id, label: id, kind: 'person' };
  const { label, kind } = graph.getNodeAttributes(id);
  return { id, label, kind };
}

function byEssayOrder(a: Claim, b: Claim): number {
  const first = (c: Claim) => Math.min(...c.evidence.map((e) => e.start), Number.MAX_SAFE_INTEGER);
  return first(a) - first(b) || (a.edge < b.edge ? -1 : a.edge > b.edge ? 1 : 0);
}
