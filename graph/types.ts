// Shared types of the core: the article, the corpus annotations and the graph's node and edge attributes.
import type { MultiDirectedGraph } from 'graphology';

export const ENTITY_KINDS = [
  'person',
  'state',
  'organization',
  'place',
  'event',
  'concept',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const POLARITIES = ['cooperative', 'hostile', 'neutral'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const MODALITIES = ['fact', 'claim', 'hypothetical', 'question'] as const;
export type Modality = (typeof MODALITIES)[number];

/**
 * Where an annotation stands in review: proposed by the draft extractor, accepted by a person, or rejected (kept, so
 * that a re-run of the extractor does not propose it again). An annotation without a status was written by a person
 * and counts as accepted. Only accepted annotations reach the graph, the public API and the exports.
 */
export const REVIEW_STATUSES = ['draft', 'accepted', 'rejected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/**
 * Where a relation's or an event's date comes from: the document's own words (the default), the tenure of the
 * office holder it concerns, or general knowledge (with a note of the source). Readers are told when a date is not
 * in the document.
 */
export const DATE_SOURCES = ['text', 'tenure', 'knowledge'] as const;
type DateSource = (typeof DATE_SOURCES)[number];

/** Years; either end may be open (null). `from` is absent when the date is the document's own. */
export interface TimeSpan {
  start: number | null;
  end: number | null;
  from?: Exclude<DateSource, 'text'>;
  /** Where a date not taken from the document comes from ("Khrushchev was ousted in October 1964"). */
  source?: string;
}

/** Articles an entity's name takes in running text ("the United States", "a Russo-American alliance"). */
export const NAME_ARTICLES = ['the', 'a', 'an'] as const;
export type NameArticle = (typeof NAME_ARTICLES)[number];

/** Metadata from the header of the essay file. */
export interface EssayMeta {
  title: string;
  author: string;
  publication: string;
  published?: string;
  url?: string;
  /** When the document was added to the corpus (ISO time); absent for documents older than the header line. */
  added?: string;
}

export const SECTION_KINDS = ['title', 'deck', 'caption', 'body', 'author-note', 'bio'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export interface Paragraph {
  section: SectionKind;
  start: number;
  end: number;
}

export interface Sentence {
  index: number;
  paragraph: number;
  section: SectionKind;
  start: number;
  end: number;
  text: string;
}

/** The article derived from the raw page: clean text, its paragraphs and sentences with offsets into `text`. */
export interface Article {
  meta: EssayMeta;
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

/** A document's article as /api/article serves it: with the slug that names the document. */
export interface DocumentArticle extends Article {
  slug: string;
}

export interface Mention {
  /** The slug of the document the mention is in. */
  doc: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
}

export interface Evidence {
  quote: string;
  sentence: number;
  start: number;
  end: number;
}

/** What the annotations say of one entity, wherever it travels (annotations, graph). */
export interface EntityFacts {
  label: string;
  kind: EntityKind;
  /** The article the name takes in running text, if any. */
  article?: NameArticle;
  aliases: string[];
  /** Names users type that the essay does not use ("ussr"): search finds them; they mark no mention. */
  names: string[];
  description: string;
  time: TimeSpan | null;
  mentions: Mention[];
}

/** The core's node: what the essay says, its importance and its laid-out position; no drawing values. */
export interface NodeAttributes extends EntityFacts {
  /** The share of the relations touching the node (degree ÷ largest degree), exact: graph/importance.ts. */
  importance: number;
  x: number;
  y: number;
}

/**
 * What the essay says of one relation, wherever it travels (annotations, graph, hops, entity details): its
 * quotes, its time, its polarity, what the essay does with it (modality), who asserts it and an annotator's note.
 */
export interface RelationFacts {
  /** The slug of the document that states the relation; its evidence offsets are into that document's text. */
  doc: string;
  evidence: Evidence[];
  time: TimeSpan | null;
  polarity: Polarity;
  modality: Modality;
  assertedBy: string;
  note?: string;
}

export interface EdgeAttributes extends RelationFacts {
  relation: string;
  label: string;
  inverseLabel: string;
}

/** A document of the corpus as a graph (and every view of it) names it, for citations and tense. */
export interface DocumentInfo {
  slug: string;
  title: string;
  author: string;
  publication: string;
  published?: string;
  url?: string;
  /** The publication year: the document's relations over before it are told in the past tense. */
  year?: number;
}

/**
 * What a graph or a view is of: its documents, and a title, author and publication summing them up (the one
 * document's own when there is one).
 */
export interface GraphAttributes {
  title: string;
  author: string;
  publication: string;
  /** The publication year when the view is of one document. */
  year?: number;
  documents: DocumentInfo[];
}

export type EssayGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
