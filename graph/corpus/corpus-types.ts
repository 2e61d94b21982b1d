// Types of a loaded, validated corpus: what the graph builder consumes.
import type { AuditEntry } from './annotations-schema.js';
import type { Article, EntityFacts, RelationFacts } from '../types.js';

export interface EntityRecord extends EntityFacts {
  id: string;
}

export interface RelationRecord extends RelationFacts {
  id: string;
  source: string;
  target: string;
  relation: string;
}

export interface Corpus {
  article: Article;
  /** Entity id of the essay's author: who asserts what nobody else is said to assert. */
  author: string;
  entities: EntityRecord[];
  relations: RelationRecord[];
  audit: AuditEntry[];
}
