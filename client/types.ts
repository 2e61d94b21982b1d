// The explorer's types in one place: the wire format from the API, the client's State and its derived views.
import type { MultiDirectedGraph } from 'graphology';
import type { Problem } from '../contract/problem.js';
import type { DrawnEdgeAttributes, DrawnNodeAttributes } from '../export/drawn-graph.js';
import type { Article, EntityKind, GraphAttributes, Modality } from '../graph/types.js';
import type { YearChange } from '../graph/query/compare-years.js';
import type { PathAnswer } from '../graph/query/types.js';
import type { DocumentSummary } from '../graph/query/documents.js';
import type { DocumentScope } from '../contract/explorer-url.js';

export type { DocumentSummary, CorpusSummary } from '../graph/query/documents.js';
export type { DocumentScope };

export type {
  Article,
  DocumentArticle,
  EntityKind,
  Evidence,
  GraphAttributes,
  Modality,
  Polarity,
  TimeSpan,
} from '../graph/types.js';

/** The wire's node and edge: the core's attributes as drawn, with sizes and colours (export/drawn-graph.ts). */
export type NodeAttributes = DrawnNodeAttributes;
type EdgeAttributes = DrawnEdgeAttributes;

/** Drawing-only attributes the client adds to each edge (curvature for parallel relations, program type). */
export interface ClientEdgeAttributes extends EdgeAttributes {
  curvature?: number;
  type?: string;
  parallelIndex?: number | null;
  parallelMaxIndex?: number | null;
}

export type ExplorerGraph = MultiDirectedGraph<
  NodeAttributes,
  ClientEdgeAttributes,
  GraphAttributes
>;

export interface EntityHit {
  id: string;
  label: string;
  kind: EntityKind;
  score: number;
  matched: string;
}

/** The API's error document, declared once in the contract. */
export type { Problem };

export type {
  PathAnswer,
  PathHop,
  PathNode,
  PathResult as FoundPath,
} from '../graph/query/types.js';

/** A path question as the form and the URL hold it: names as typed or ids, never resolved on the client. */
export interface PathQuery {
  from: string;
  via: string[];
  to: string;
  k: number;
  maxHops: number;
  factsOnly: boolean;
  directed: boolean;
  /** Year the relations must be in force, or null for any time. */
  at: number | null;
}

/** The one-line form (`mao -> khrushchev k=3`) or the structured form; only one is active. */
export type PathRequest = { type: 'form'; query: PathQuery } | { type: 'line'; line: string };

type PathStatus =
  | { type: 'idle' }
  | { type: 'loading' }
  | { type: 'done'; answer: PathAnswer }
  | { type: 'error'; problem: Problem };

export type Selection = { type: 'node'; id: string } | { type: 'edge'; id: string } | null;

export interface Filters {
  hiddenKinds: readonly EntityKind[];
  hiddenRelations: readonly string[];
  hiddenModalities: readonly Modality[];
}

/** First and last year the essay's dated entities and relations mention. */
export interface YearRange {
  min: number;
  max: number;
}

export interface YearPair {
  from: number;
  to: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export type PanelTab = 'details' | 'paths' | 'reader' | 'legend';

/** Everything the explorer shows is a function of this object (Gephi Lite style: plain data, pure producers). */
export interface State {
  hoveredNode: string | null;
  hoveredEdge: string | null;
  selection: Selection;
  /** "Focus on neighbours": only this node and nodes within `focusDepth` hops are shown. */
  focus: string | null;
  focusDepth: number;
  filters: Filters;
  /** The essay's years, read from the data once: the year slider and every year input stay inside them. */
  years: YearRange;
  /** Year slider; null shows relations of every time. */
  year: number | null;
  /** Two years compared (what began, ended and held between them); while set, it replaces the year filter. */
  compare: YearPair | null;
  /** Nodes the reader dragged and pinned, at their graph coordinates. */
  pins: Readonly<Record<string, Point>>;
  path: {
    request: PathRequest | null;
    status: PathStatus;
    /** Index of the path drawn on the graph, or null. */
    active: number | null;
  };
  camera: CameraView | null;
  tab: PanelTab;
  /** The corpus's documents as /api/documents lists them; empty for a graph without documents (a generated one). */
  documents: readonly DocumentSummary[];
  /** The documents shown: these slugs, or null for all of them (contract/explorer-url.ts resolveScope). */
  scope: DocumentScope;
  /** The document the reader was asked to show (a sentence link, the library); null lets the view decide. */
  reading: string | null;
  /** Slugs whose article has arrived (client/effects/articles.ts holds them): quotes redraw in their sentences. */
  articles: readonly string[];
}

/** A document's article in display form, by slug; null while it has not arrived (or for a graph without one). */
export type ArticleLookup = (slug: string) => Article | null;

export type Producer = (state: State) => State;

/** What the reducers need to know beyond the state, computed once per state change. */
export interface GraphView {
  /** Nodes and edges to stand out (hover, selection, path); null when nothing is emphasised. */
  emphasisNodes: ReadonlySet<string> | null;
  emphasisEdges: ReadonlySet<string> | null;
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
  /** Nodes left without any visible relation (dimmed, not hidden). */
  isolatedNodes: ReadonlySet<string>;
  /** Relation labels are drawn on emphasised edges only when there are few enough to read. */
  labelEmphasisEdges: boolean;
  /** When a filter leaves few nodes active, all of their labels are drawn. */
  labelActive: boolean;
  /** Comparing two years: each shown relation's change (began, ended, held); null otherwise. */
  changes: ReadonlyMap<string, YearChange> | null;
}

export interface Theme {
  dark: boolean;
  label: string;
  halo: string;
  shadow: string;
  dimNode: string;
  dimEdge: string;
  hoverBackground: string;
  hoverText: string;
}
