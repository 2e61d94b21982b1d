// Types of a loaded, validated corpus: what the graph builder consumes.
import type { AuditEntry } from './annotations-schema.js';
import type {
  Article,
  EntityKind,
  Mention,
  NameArticle,
  RelationFacts,
  TimeSpan,
} from '../types.js';

export interface EntityRecord {
  id: string;
  kind: EntityKind;
  label: string;
  article?: NameArticle;
  aliases: string[];
  /** Names users type that the essay does not use: for search only. */
  names: string[];
  description: string;
  time: TimeSpan | null;
  mentions: Mention[];
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
