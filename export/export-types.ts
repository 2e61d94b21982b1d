// Types of the export part: the view being exported (a filtered graph, maybe with paths) and a format.
import type { FormatInfo } from './format-list.js';
import type {
  PathAnswer,
  PathNode,
  PathRequest,
  PathResult,
  ViewFilter,
} from '../graph/query/types.js';
import type { DocumentInfo, EssayMeta, Evidence } from '../graph/types.js';
import type { DrawnGraph } from './drawn-graph.js';

/** The view parameters as given (after validation): the filters of /api/graph and the query of /api/paths. */
export type ViewParams = ViewFilter &
  Partial<PathRequest> & {
    /** A "Neighbours of X" view: only the entities within `depth` relations of this one (an id or a name). */
    focus?: string;
    depth?: number;
    /** Of a path view's answers, only this one (counted from 1), as the explorer shows the path selected. */
    path?: number;
  };

export interface ExportView {
  /**
   * What the view shows: the graph after the view filters, or a focus's neighbourhood, or for a path view the
   * drawn paths' entities and hops only (what the explorer shows is what a download holds); as drawn, with
   * sizes and colours (export/drawn-graph.ts).
   */
  graph: DrawnGraph;
  /** The centre of a "Neighbours of X" view. */
  focus?: PathNode;
  /** The documents the view is of (its `doc` scope, or every document), as citations name them. */
  documents: DocumentInfo[];
  /** Their header facts: the one document's own, or a summary ("3 documents") of several. */
  meta: EssayMeta;
  params: ViewParams;
  /** null for a graph view; the answer's paths (possibly none; only the chosen one with `path`) for a path view. */
  paths: PathResult[] | null;
  /** A path view's query as resolved (endpoints' labels, settings); null for a graph view. */
  query: PathAnswer['query'] | null;
  /** Why a path view has no path. */
  reason?: string;
  /**
   * A quote as pictures and reports print it, capitals restored (graph/text/display-case.ts); absent, quotes
   * print verbatim. Data formats always keep the verbatim quote: it is the evidence of record.
   */
  displayQuote?: (evidence: Evidence, doc: string) => string;
}

export type ExportBody = string | Buffer;

/** A format's metadata (export/format-list.ts) and its renderer. */
export interface ExportFormat extends FormatInfo {
  render(view: ExportView): ExportBody | Promise<ExportBody>;
}
