// Builds the graphology multi-graph of a corpus: entities as nodes, relations as edges, weighed by importance, laid out.
import type { Corpus, EntityRecord, RelationRecord } from './corpus/corpus-types.js';
import { documentInfo, scopeAttributes } from './documents.js';
import { emptyEssayGraph } from './empty-graph.js';
import { assignImportance } from './importance.js';
import { layoutGraph, type LayoutInput } from './layout.js';
import { RELATION_TYPES, type RelationTypeId } from './relation-types.js';
import type { EdgeAttributes, EssayGraph, GraphAttributes, NodeAttributes } from './types.js';

export interface BuildOptions {
  /**
   * Layout settings with the drawing side's node sizes (DRAWN_LAYOUT), or false to skip the
   * layout (graphs far bigger than an essay's, in benchmarks). No default: a layout without the drawing's sizes
   * would place nodes elsewhere.
   */
  layout: LayoutInput | false;
}

export function buildGraph(corpus: Corpus, options: BuildOptions): EssayGraph {
  const documents = corpus.documents.map((d) => documentInfo(d.slug, d.article.meta));
  return graphFromRecords(scopeAttributes(documents), corpus.entities, corpus.relations, options);
}

/** The graph of validated records; buildGraph's work without the article. */
export function graphFromRecords(
  attributes: GraphAttributes,
  entities: EntityRecord[],
  relations: RelationRecord[],
  { layout }: BuildOptions,
): EssayGraph {
  const graph = emptyEssayGraph(attributes);
  for (const e of entities) graph.addNode(e.id, nodeAttributesOf(e, 0, 0));
  for (const r of relations)
    graph.addDirectedEdgeWithKey(r.id, r.source, r.target, edgeAttributesOf(r));
  assignImportance(graph);
  if (layout !== false) layoutGraph(graph, layout);
  return graph;
}

/** An entity's node attributes at a position; its importance is assignImportance's to set. */
export function nodeAttributesOf(e: EntityRecord, x: number, y: number): NodeAttributes {
  return {
    label: e.label,
    kind: e.kind,
    ...(e.article ? { article: e.article } : {}),
    aliases: e.aliases,
    names: e.names,
    description: e.description,
    time: e.time,
    mentions: e.mentions,
    importance: 0,
    x,
    y,
  };
}

export function edgeAttributesOf(r: RelationRecord): EdgeAttributes {
  const type = RELATION_TYPES[r.relation as RelationTypeId];
  const edge: EdgeAttributes = {
    doc: r.doc,
    relation: r.relation,
    label: type.label,
    inverseLabel: type.inverseLabel,
    evidence: r.evidence,
    time: r.time,
    polarity: r.polarity,
    modality: r.modality,
    assertedBy: r.assertedBy,
  };
  if (r.note) edge.note = r.note;
  return edge;
}
