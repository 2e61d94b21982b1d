// Types of the query engine: path requests and answers, view filters, neighbourhoods and entity details.
import type {
  EdgeAttributes,
  EntityKind,
  Mention,
  Modality,
  RelationFacts,
  TimeSpan,
} from '../types.js';
import type { ClausePart } from '../wording.js';

/** What a view of the graph keeps: used by /api/graph, /api/neighbors and the exports. */
export interface ViewFilter {
  /** Keep only relations whose time holds this year; undated relations are timeless and kept. */
  at?: number;
  /** Keep only relations of these types. */
  relations?: string[];
  /** Keep only entities of these kinds. */
  kinds?: EntityKind[];
  /** Keep only relations stated as facts (modality `fact`). */
  facts?: boolean;
  /** Keep only relations of these modalities (the explorer's legend: "claims only" is `['claim']`). */
  modalities?: Modality[];
  /** Keep only these documents (slugs): their relations, and the entities they mention or relate. */
  doc?: string[];
}

/** Filters of a path search: those of a view, except that kinds are avoided rather than kept. */
export interface PathFilters {
  at?: number;
  /** Relation types to keep. The engine takes any type (synthetic graphs have their own); the doors check them
   * against RELATION_TYPES. */
  relations?: string[];
  /** Intermediate nodes of these kinds are avoided; the endpoints and waypoints are exempt. */
  avoidKinds?: EntityKind[];
  facts?: boolean;
  /** Keep only relations stated in these modalities (the explorer's legend can hide questions but keep claims). */
  modalities?: Modality[];
  /** Keep only relations stated in these documents (slugs). */
  doc?: string[];
}

/** A path query as a user writes it: endpoints are names (ids, labels or aliases), resolved later. */
export interface PathRequest extends PathFilters {
  from: string;
  to: string;
  via?: string[];
  k?: number;
  maxHops?: number;
  directed?: boolean;
}

/** The settings of a search over resolved node ids, every default filled in. */
export interface PathSettings {
  k: number;
  maxHops: number;
  directed: boolean;
  filters: PathFilters;
  /** Work units (adjacency entries examined) a query may spend before it is refused as too expensive. */
  budget: number;
}

export interface PathNode {
  id: string;
  label: string;
  kind: EntityKind;
}

/** One relation as a hop uses it: its label read in the direction of travel, its clause subject first. */
/** A hop carries the relation's facts but its note, which only the entity details show. */
export interface HopEdge extends Omit<RelationFacts, 'note'> {
  edge: string;
  relation: string;
  label: string;
  /** The relation as a clause with its real subject first ("the United States seeks to weaken NATO"). */
  clause: ClausePart[];
  /** True when the hop travels from the relation's target to its source (the label is then the inverse one). */
  reversed: boolean;
}

export interface PathHop extends HopEdge {
  source: string;
  target: string;
  /** Other relations between the same two nodes that the filters allow, best first. */
  parallel: HopEdge[];
}

export interface PathResult {
  nodes: PathNode[];
  hops: PathHop[];
  length: number;
  narrative: string;
}

export interface Alternative {
  id: string;
  label: string;
  kind: EntityKind;
}

/** An endpoint as typed and as resolved; `alternatives` lists other entities the input matched about as well. */
export interface Resolved extends Alternative {
  input: string;
  alternatives?: Alternative[];
}

export interface PathAnswer {
  query: {
    from: Resolved;
    to: Resolved;
    via: Resolved[];
    k: number;
    maxHops: number;
    directed: boolean;
    filters: PathFilters;
  };
  paths: PathResult[];
  /** Why `paths` is empty, in words. */
  reason?: string;
}

/** Reads an edge's attributes; the engine only needs these. */
export type EdgeView = Pick<
  EdgeAttributes,
  | 'doc'
  | 'relation'
  | 'label'
  | 'inverseLabel'
  | 'evidence'
  | 'time'
  | 'polarity'
  | 'modality'
  | 'assertedBy'
>;

export interface EntityRelation extends RelationFacts {
  edge: string;
  /** `out` when the entity is the relation's source. */
  direction: 'out' | 'in';
  /** Read from the entity's side: "denounced" when it is the source, "was denounced by" when the target. */
  label: string;
  other: PathNode;
}

/** One type of relation in one direction, as groupRelations (relation-groups.ts) orders them. */
export interface EntityRelationGroup {
  relation: string;
  direction: 'out' | 'in';
  label: string;
  relations: EntityRelation[];
}

export interface EntityMention extends Mention {
  /** The whole sentence the mention is in. */
  sentenceText: string;
}

export interface EntityDetail {
  id: string;
  label: string;
  kind: EntityKind;
  aliases: string[];
  description: string;
  time: TimeSpan | null;
  importance: number;
  degree: number;
  relations: EntityRelationGroup[];
  mentions: EntityMention[];
}
