// Builds the graphology multi-graph of a corpus: entities as nodes, relations as edges, sized, coloured, laid out.
import type { Corpus, EntityRecord, RelationRecord } from './corpus/corpus-types.js';
import { emptyEssayGraph } from './empty-graph.js';
import { layoutGraph, type LayoutOptions } from './layout.js';
import { RELATION_TYPES, type RelationTypeId } from './relation-types.js';
// eslint-disable-next-line no-restricted-imports -- known debt (issue 11): sigma's colours and sizes are still baked into the graph; /api/graph, the exports and the client read them
import { KIND_COLORS, NODE_SIZE, POLARITY_COLORS } from '../export/style.js';
import { publicationYear } from './time-wording.js';
import type { EdgeAttributes, EssayGraph, GraphAttributes } from './types.js';

export interface BuildOptions {
  /** Layout settings, or false to skip the layout (graphs far bigger than an essay's, in benchmarks). */
  layout: Partial<LayoutOptions> | false;
}

export function buildGraph(corpus: Corpus, options: Partial<BuildOptions> = {}): EssayGraph {
  const { title, author, publication, published } = corpus.article.meta;
  const year = publicationYear(published);
  return graphFromRecords(
    { title, author, publication, ...(year === null ? {} : { year }) },
    corpus.entities,
    corpus.relations,
    options,
  );
}

/** The graph of validated records; buildGraph's work without the article. */
export function graphFromRecords(
  attributes: GraphAttributes,
  entities: EntityRecord[],
  relations: RelationRecord[],
  { layout = {} }: Partial<BuildOptions> = {},
): EssayGraph {
  const graph = emptyEssayGraph(attributes);
  for (const e of entities) {
    graph.addNode(e.id, {
      label: e.label,
      kind: e.kind,
      ...(e.article ? { article: e.article } : {}),
      aliases: e.aliases,
      names: e.names,
      description: e.description,
      time: e.time,
      mentions: e.mentions,
      importance: 0,
      x: 0,
      y: 0,
      size: NODE_SIZE.min,
      color: KIND_COLORS[e.kind],
    });
  }
  for (const r of relations) {
    const type = RELATION_TYPES[r.relation as RelationTypeId];
    const edge: EdgeAttributes = {
      relation: r.relation,
      label: type.label,
      inverseLabel: type.inverseLabel,
      evidence: r.evidence,
      time: r.time,
      polarity: r.polarity,
      modality: r.modality,
      assertedBy: r.assertedBy,
      size: 1.5,
      color: POLARITY_COLORS[r.polarity],
    };
    if (r.note) edge.note = r.note;
    graph.addDirectedEdgeWithKey(r.id, r.source, r.target, edge);
  }
  sizeByImportance(graph);
  if (layout !== false) layoutGraph(graph, layout);
  return graph;
}

/**
 * Importance is the share of the essay's relations that touch a node: a reader can check it by counting,
 * which PageRank over hand-directed relations would not allow.
 */
function sizeByImportance(graph: EssayGraph): void {
  // A loop, not Math.max(...degrees): spreading a quarter-million degrees overflows the call stack.
  let max = 1;
  graph.forEachNode((node) => {
    max = Math.max(max, graph.degree(node));
  });
  graph.updateEachNodeAttributes((node, attrs) => {
    const importance = graph.degree(node) / max;
    attrs.importance = Math.round(importance * 1000) / 1000;
    attrs.size =
      Math.round((NODE_SIZE.min + Math.sqrt(importance) * (NODE_SIZE.max - NODE_SIZE.min)) * 100) /
      100;
    return attrs;
  });
}
