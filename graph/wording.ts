// A relation stated as an English clause, its real subject first, with articles and tense: one wording for all.
import { isRelationType, RELATION_TYPES } from './relation-types.js';
import { documentYear } from './documents.js';
import type { GraphAttributes, NameArticle, TimeSpan } from './types.js';

/** An entity as a clause names it. */
interface NameForm {
  id: string;
  label: string;
  article?: NameArticle;
}

/** A run of a clause: plain words, or an entity's name (`entity` is its id), so a view can link the names. */
export interface ClausePart {
  text: string;
  entity?: string;
  /** Set on the article before a name ("the "), which is neither the name nor the verb. */
  article?: true;
}

interface ClauseInput {
  relation: string;
  /** The document that states it, whose publication year sets the tense (the graph's year when absent). */
  doc?: string;
  /** Used for types outside the vocabulary (synthetic graphs). */
  label: string;
  time: Pick<TimeSpan, 'start' | 'end'> | null;
}

/**
 * "the United States seeks to weaken the Sino-Russian alliance": subject, verb phrase, object, whichever way a path
 * travels the relation. A relation over before `presentYear` (the publication year) reads in the past tense.
 */
function relationClause(
  relation: ClauseInput,
  source: NameForm,
  target: NameForm,
  presentYear: number | null,
): ClausePart[] {
  const template = clauseTemplate(relation, isPast(relation.time, presentYear));
  const [before = template, after = ''] = template.split('{o}');
  return [
    ...nameParts(source),
    { text: ` ${before.trim()} ` },
    ...nameParts(target),
    ...(after.trim() ? [{ text: ` ${after.trim()}` }] : []),
  ];
}

/** The clause as plain text. */
export function clauseText(parts: ClausePart[]): string {
  return parts.map((p) => p.text).join('');
}

/** Upper-cases the first letter: a clause that opens a sentence ("The United States …"). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function clauseTemplate(relation: ClauseInput, past: boolean): string {
  if (!isRelationType(relation.relation)) return relation.label;
  const { clause } = RELATION_TYPES[relation.relation];
  return past ? clause.past : clause.present;
}

/** Over before publication; with no publication year known, a span that has an end is taken as over. */
function isPast(time: ClauseInput['time'], presentYear: number | null): boolean {
  if (time === null || time.end === null) return false;
  return presentYear === null || time.end < presentYear;
}

function nameParts(name: NameForm): ClausePart[] {
  const named = { text: name.label, entity: name.id };
  return name.article ? [{ text: `${name.article} `, article: true }, named] : [named];
}

/** Any graph whose nodes carry a label and, maybe, an article: the core's, the explorer's. */
interface NamedNodes {
  getNodeAttributes(id: string): { label: string; article?: NameArticle };
}

/** How the graph's node `id` is named in a clause. */
function nameFormOf(graph: NamedNodes, id: string): NameForm {
  const { label, article } = graph.getNodeAttributes(id);
  return article ? { id, label, article } : { id, label };
}

/** A graph a clause can be read from: the core's and the explorer's both fit. */
export interface ClauseGraph extends NamedNodes {
  extremities(edge: string): [string, string];
  getEdgeAttributes(edge: string): ClauseInput;
  getAttributes(): Pick<GraphAttributes, 'year' | 'documents'>;
}

/**
 * The relation `edge` as a clause, subject first, in the tense of its time against the publication year of the
 * document that states it: a corpus view tells each document's relations as that document would.
 */
export function edgeClause(graph: ClauseGraph, edge: string): ClausePart[] {
  const [source, target] = graph.extremities(edge);
  const attrs = graph.getEdgeAttributes(edge);
  const attributes = graph.getAttributes();
  const year = attrs.doc === undefined ? undefined : documentYear(attributes, attrs.doc);
  return relationClause(
    attrs,
    nameFormOf(graph, source),
    nameFormOf(graph, target),
    year ?? attributes.year ?? null,
  );
}
