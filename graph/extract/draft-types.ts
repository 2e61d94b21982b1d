// The draft extractor's input, output and the mentions it finds on the way: shared by its steps.
import type { Annotations, EntityInput, RelationInput } from '../corpus/annotations-schema.js';
import type { Article, EntityKind } from '../types.js';

/** What the extractor reads: the article as the loader derives it, the registry and the document's annotations. */
export interface DraftInput {
  article: Article;
  /** The corpus's registry entities (entities.yaml). */
  registry: readonly EntityInput[];
  /** The document's local aliases: entity id → names that mean it in this text. */
  localAliases: Readonly<Record<string, readonly string[]>>;
  /** The document's annotations as they stand: its own entities are linked to, its ids are not reused. */
  existing: Annotations;
}

/** Candidate annotations, every one `status: draft` with a confidence and a reason: annotations.yaml's format. */
export interface Draft {
  entities: EntityInput[];
  /** Names the text uses for a known entity that the registry lists only as a typed name ("peking"). */
  localAliases: Record<string, string[]>;
  relations: RelationInput[];
  /** Who asserts the relations, when the annotations do not say yet: the author the document's header names. */
  author?: string;
}

/**
 * Which step found a mention: they run in this order, and an earlier step's mention wins its span. A pronoun
 * stands for a person named before it: it ties relations but is never a name of the person.
 */
type MentionSource = 'registry' | 'gazetteer' | 'nlp' | 'pronoun';

/** A span of the article that names an entity, known or proposed. */
export interface FoundMention {
  id: string;
  start: number;
  end: number;
  sentence: number;
  source: MentionSource;
}

/** An entity the text names that neither the registry nor the document has: proposed as a draft entity. */
export interface ProposedEntity {
  id: string;
  kind: EntityKind;
  label: string;
  description: string;
  confidence: number;
  reason: string;
}

/** What the mention steps hand on: every mention found, and the new entities some of them name. */
export interface MentionSet {
  mentions: FoundMention[];
  proposed: Map<string, ProposedEntity>;
  /** Kinds of every entity mentioned (known or proposed), for the relation rules. */
  kinds: Map<string, EntityKind>;
  /** How sure the step is of each entity (1 for the registry's). */
  confidence: Map<string, number>;
  /** How sure each pronoun's reading is, by the pronoun's offset. */
  pronouns: Map<number, number>;
}
