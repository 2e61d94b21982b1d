// Types of a loaded, validated corpus: its documents, entities and relations, what the graph builder consumes.
import type { AuditEntry } from './annotations-schema.js';
import type { Article, EntityFacts, RelationFacts } from '../types.js';

export interface EntityRecord extends EntityFacts {
  id: string;
}

export interface RelationRecord extends RelationFacts {
  /** The relation's key in the graph: its id in its document, qualified `@slug` when another document has it. */
  id: string;
  source: string;
  target: string;
  relation: string;
}

/** One document of the corpus: its article, who wrote it (an entity id, the default asserter) and its audit. */
export interface DocumentRecord {
  slug: string;
  article: Article;
  /** Entity id of the author: who asserts what nobody else is said to assert; null when none is annotated. */
  author: string | null;
  audit: AuditEntry[];
  /** When the annotations file last changed (ISO time), or null when unknown (files given as text). */
  annotationsChanged: string | null;
  /** The files it was read from, for problems and the audit. */
  files: { text: string; annotations: string };
}

export interface Corpus {
  documents: DocumentRecord[];
  entities: EntityRecord[];
  relations: RelationRecord[];
}
