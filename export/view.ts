// Builds the view an export shows: the filtered graph, and for a path query its paths; and its data subgraph.
import { emptyEssayGraph } from '../graph/empty-graph.js';
import type { LoadedEssay } from '../graph/essay.js';
import { InvalidInputError } from '../graph/errors.js';
import { answerPathRequest, conditions } from '../graph/query/answer.js';
import { NEIGHBORHOOD_DEPTH, neighborhood } from '../graph/query/neighbors.js';
import { nodeOf } from '../graph/query/paths.js';
import { requireEntity } from '../graph/query/resolve.js';
import type { PathRequest, PathResult } from '../graph/query/types.js';
import { edgePredicate, filterGraph } from '../graph/query/view-filter.js';
import {
  createDisplayCase,
  DISPLAY_CASE_NOTE,
  displayQuote,
  displayText,
  VERBATIM_NOTE,
} from '../graph/text/display-case.js';
import { documentCitation, scopeAttributes, scopedAttributes } from '../graph/documents.js';
import type { DocumentInfo, EssayGraph, EssayMeta, Evidence } from '../graph/types.js';
import { drawGraph, type DrawnGraph } from './drawn-graph.js';
import type { ExportView, ViewParams } from './export-types.js';

/**
 * A graph view when `from`/`to` are absent: the graph filtered by `at`, `relations`, `kinds`, `facts` and
 * `modalities`, or with `focus` the neighbourhood of that entity under the same filters. Else a path view: the
 * paths found with the path filters (only the `path`-th with `path`), and nothing but their entities and hops —
 * a faded whole graph behind a path says nothing about the path and buries its labels.
 */
export function exportView(essay: LoadedEssay, params: ViewParams = {}): ExportView {
  const { at, relations, kinds, facts, modalities, doc } = params;
  const filter = { at, relations, kinds, facts, modalities, doc };
  const documents = scopedAttributes(essay.graph.getAttributes(), doc).documents;
  const meta = scopeMeta(documents);
  const displayQuote = displayQuotes(essay);
  if (params.focus !== undefined) {
    const centre = requireEntity(essay.graph, essay.index, params.focus, 'focus');
    const graph = drawGraph(neighborhood(essay.graph, centre, params.depth, filter));
    const focus = nodeOf(essay.graph, centre);
    return { graph, meta, documents, params, paths: null, query: null, focus, displayQuote };
  }
  if (params.from === undefined || params.to === undefined) {
    const graph = drawGraph(
      withoutStranded(filterGraph(essay.graph, filter), edgePredicate(filter) !== null),
    );
    return { graph, meta, documents, params, paths: null, query: null, displayQuote };
  }

  const answer = answerPathRequest(essay, pathRequest(params as PathRequest));
  const paths = chosenPaths(answer.paths, params.path);
  const view: ExportView = {
    graph: drawGraph(pathsGraph(essay.graph, paths)),
    meta,
    documents,
    params,
    paths,
    query: answer.query,
    displayQuote,
  };
  if (answer.reason) view.reason = answer.reason;
  return view;
}

/**
 * When a filter drops relations (a year, claims only, some types), the entities it leaves with none are dimmed
 * in the explorer and say nothing in a picture: the view drops them, and its frame fits what remains.
 */
function withoutStranded(graph: EssayGraph, relationsFiltered: boolean): EssayGraph {
  if (relationsFiltered)
    for (const node of graph.filterNodes((n) => graph.degree(n) === 0)) graph.dropNode(node);
  return graph;
}

/** The explorer draws one path at a time; `path` (from 1) picks it. An answer with no path has nothing to pick. */
function chosenPaths(paths: PathResult[], chosen: number | undefined): PathResult[] {
  if (chosen === undefined || paths.length === 0) return paths;
  const path = paths[chosen - 1];
  if (!path)
    throw new InvalidInputError(
      `Parameter \`path\`: this query has ${paths.length} path${paths.length === 1 ? '' : 's'}; choose from 1 to ${paths.length}.`,
      'path',
    );
  return [path];
}

/** The paths' entities and the relations their hops walk, from the unfiltered graph (the path filters chose them). */
function pathsGraph(full: EssayGraph, paths: PathResult[]): EssayGraph {
  const graph = emptyEssayGraph(full.getAttributes());
  for (const path of paths) addPath(graph, full, path.hops);
  return graph;
}

/** Quotes cut from the essay in display form, by their offsets (the same function the explorer uses). */
function displayQuotes(essay: LoadedEssay): (evidence: Evidence, doc: string) => string {
  const displayCase = createDisplayCase(essay.graph.mapNodes((_, a) => a));
  const displays = new Map<string, ReturnType<typeof displayText>>();
  return (evidence, doc) => {
    const article = essay.corpus.documents.find((d) => d.slug === doc)?.article;
    if (!article) return evidence.quote;
    let display = displays.get(doc);
    if (!display) displays.set(doc, (display = displayText(article, displayCase)));
    return displayQuote(display, evidence);
  };
}

/** The header facts of the documents a view is of: the one document's own, or a summary of several. */
function scopeMeta(documents: DocumentInfo[]): EssayMeta {
  const { title, author, publication } = scopeAttributes(documents);
  const [only] = documents;
  if (documents.length !== 1 || !only) return { title, author, publication };
  return {
    title,
    author,
    publication,
    ...(only.published ? { published: only.published } : {}),
    ...(only.url ? { url: only.url } : {}),
  };
}

/**
 * Where a quote is from: "sentence 3" when the view is of one document; with several, the document's author,
 * title, publication and date before it.
 */
export function citedSentence(view: ExportView, doc: string, sentence: number): string {
  const number = `sentence ${sentenceNumber(sentence)}`;
  if (view.documents.length <= 1) return number;
  const found = view.documents.find((d) => d.slug === doc);
  return found ? `${documentCitation(found)}, ${number}` : number;
}

/** Sentence indexes count from 0 in the data; people count from 1. */
function sentenceNumber(index: number): number {
  return index + 1;
}

/** Names an entity by its label in the view's graph; an id the view does not hold names itself. */
export function viewNameOf(view: ExportView): (id: string) => string {
  return (id) => (view.graph.hasNode(id) ? view.graph.getNodeAttribute(id, 'label') : id);
}

/** A quote as a picture or report prints it, and the line saying which form that is. */
export function printedQuote(view: ExportView, evidence: Evidence, doc: string): string {
  return view.displayQuote ? view.displayQuote(evidence, doc) : evidence.quote;
}

export function quoteFormNote(view: ExportView): string {
  return view.displayQuote ? DISPLAY_CASE_NOTE : VERBATIM_NOTE;
}

function pathRequest(params: PathRequest): PathRequest {
  const { from, to, via, k, maxHops, directed, relations, avoidKinds, facts, at } = params;
  return { from, to, via, k, maxHops, directed, relations, avoidKinds, facts, at };
}

function addPath(graph: EssayGraph, full: EssayGraph, hops: { edge: string }[]): void {
  for (const { edge } of hops) {
    for (const node of full.extremities(edge))
      if (!graph.hasNode(node)) graph.addNode(node, { ...full.getNodeAttributes(node) });
    if (!graph.hasEdge(edge))
      graph.addDirectedEdgeWithKey(edge, full.source(edge), full.target(edge), {
        ...full.getEdgeAttributes(edge),
      });
  }
}

/**
 * What data formats export: a graph view's graph as is; for a path view only the paths' nodes and the
 * edges their hops walk (the context drawn faded in pictures is no part of the answer).
 */
export function dataGraph(view: ExportView): DrawnGraph {
  if (view.paths === null) return view.graph;
  const nodes = new Set(view.paths.flatMap((p) => p.nodes.map((n) => n.id)));
  const edges = new Set(view.paths.flatMap((p) => p.hops.map((h) => h.edge)));
  return subgraph(view.graph, nodes, edges);
}

/** graphology-operators' subgraph keeps every edge between kept nodes; a path wants only its hops. */
function subgraph(graph: DrawnGraph, nodes: Set<string>, edges: Set<string>): DrawnGraph {
  const sub = graph.nullCopy();
  graph.forEachNode((node, attributes) => {
    if (nodes.has(node)) sub.addNode(node, { ...attributes });
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (edges.has(edge)) sub.addDirectedEdgeWithKey(edge, source, target, { ...attributes });
  });
  return sub;
}

/** "Mao Zedong → Nikita Khrushchev → De-Stalinization" for a path view; "Neighbours of China"; "The essay's graph". */
export function viewTitle(view: ExportView): string {
  if (view.focus) return `Neighbours of ${view.focus.label}`;
  if (view.query === null) return 'The essay’s graph';
  const { from, via, to } = view.query;
  return [from, ...via, to].map((s) => s.label).join(' → ');
}

/** A document's title: the view's own for a path or a neighbourhood, else the essay's. */
export function documentTitle(view: ExportView): string {
  return view.paths !== null || view.focus ? viewTitle(view) : view.meta.title;
}

/** The view's settings in words: "2 paths · facts only; in 1969" — what a reader needs to reproduce it. */
export function viewSubtitle(view: ExportView): string {
  const parts: string[] = [];
  if (view.query !== null && view.paths !== null) {
    const n = view.paths.length;
    parts.push(n === 0 ? 'no path' : n === 1 ? `${view.paths[0]!.length}-hop path` : `${n} paths`);
    if (view.params.path !== undefined && n === 1)
      parts.push(`path ${view.params.path} of the answers`);
    const words = conditions({ directed: view.query.directed, filters: view.query.filters });
    if (words) parts.push(words.trim().replace(/^\(|\)$/g, ''));
  } else {
    parts.push(`${view.graph.order} entities, ${view.graph.size} relations`);
    const { at, facts, kinds, relations, modalities, depth } = view.params;
    if (view.focus)
      parts.push(`within ${depth ?? NEIGHBORHOOD_DEPTH.default} of ${view.focus.label}`);
    if (at !== undefined) parts.push(`in ${at}`);
    if (facts) parts.push('facts only');
    if (modalities?.length) parts.push(`${modalities.map(pluralModality).join(', ')} only`);
    if (kinds?.length) parts.push(`kinds: ${kinds.join(', ')}`);
    if (relations?.length) parts.push(`relations: ${relations.join(', ')}`);
  }
  return parts.join(' · ');
}

function pluralModality(modality: string): string {
  return modality === 'hypothetical' ? 'hypotheticals' : `${modality}s`;
}

/** “Title” — Author, Publication, date: the credit every picture and report carries. */
export function attribution(meta: ExportView['meta']): string {
  const date = meta.published ? `, ${meta.published}` : '';
  return `“${meta.title}” — ${meta.author}, ${meta.publication}${date}`;
}
