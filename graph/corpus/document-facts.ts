// One document's share of the corpus: its mentions (registry names, its own entities, its local aliases) and relations.
import type { Declarations, Place } from './entity-declarations.js';
import { lazyPlace, where } from './entity-declarations.js';
import {
  findMentions,
  mentionIndex,
  namesOf,
  occursIn,
  type MentionIndex,
  type NameMatch,
  type Nameable,
} from './mentions.js';
import type { ParsedDocument } from './parse-document.js';
import type { RelationRecord } from './corpus-types.js';
import { relationIdsOf } from './relation-ids.js';
import { isAccepted } from './review-status.js';
import { sentenceAt } from './sentences.js';
import type { CorpusProblem } from '../errors.js';
import { normalizeName } from '../name-key.js';
import { isRelationType, RELATION_TYPES } from '../relation-types.js';
import type { Article, Evidence, Mention } from '../types.js';

/**
 * What one document adds to the corpus; the corpus assembles these and gives relations their graph keys. Only
 * accepted annotations are in it: drafts and rejected ones are checked alike but add nothing.
 */
export interface DocumentFacts {
  slug: string;
  mentions: Map<string, Mention[]>;
  /** Accepted relations with their ids within the document (`~2` for a repeat); `doc` set. */
  relations: RelationRecord[];
  /** Local aliases per accepted entity id. */
  localAliases: Map<string, string[]>;
}

/** Where else a quote not in its own document occurs: the corpus's other documents, searched only on failure. */
export type QuoteFinder = (quote: string, except: string) => Place | null;

type Report = (problem: CorpusProblem) => void;

/**
 * `registryMatches`, when given, are the registry index's names matched in the document's text already (by a
 * helper process of the load): the index is then not searched again.
 */
export function documentFacts(
  doc: ParsedDocument,
  declarations: Declarations,
  registryIndex: MentionIndex,
  elsewhere: QuoteFinder,
  report: Report,
  registryMatches?: readonly NameMatch[],
): DocumentFacts {
  const at = (path: PropertyKey[]) => lazyPlace(doc.files.annotations, () => doc.yaml.lineOf(path));
  const localAliases = acceptedOnly(checkLocalAliases(doc, declarations, at, report), declarations);
  // The document's own accepted entities: those it lists that were declared as its (a clash leaves the first
  // declaration). A draft's names are reserved, but mark no mention until it is accepted.
  const own = doc.data.entities.filter(
    (e) => declarations.byId.get(e.id)?.doc === doc.slug && isAccepted(e),
  );
  const locals: Nameable[] = [...localAliases].map(([id, [label = '', ...aliases]]) => ({
    id,
    label,
    aliases,
  }));
  const ownIndexes = [mentionIndex(own), mentionIndex(locals)];
  const mentions = registryMatches
    ? findMentions(doc.article, doc.slug, ownIndexes, registryMatches)
    : findMentions(doc.article, doc.slug, [registryIndex, ...ownIndexes]);
  // Any word-bounded occurrence will do: a name found only inside a longer one is the audit's to flag. The
  // author is known from the header, and a text pasted without its byline never names them.
  for (const [i, e] of doc.data.entities.entries()) {
    if (declarations.byId.get(e.id)?.doc !== doc.slug || e.id === doc.data.author) continue;
    if (!namesOf(e).some((name) => occursIn(doc.article.text, name)))
      report({
        ...at(['entities', i]),
        message: `entity \`${e.id}\` is never mentioned in the article`,
        fix: 'add the form the essay uses to its aliases, or remove the entity',
      });
  }
  checkAuthor(doc, declarations, at, report);
  const relations = checkRelations(doc, declarations, elsewhere, at, report);
  checkAudit(doc, declarations, localAliases, at, report);
  return { slug: doc.slug, mentions, relations, localAliases };
}

type At = (path: PropertyKey[]) => Place;

/** The local aliases of accepted entities: a draft entity's local aliases mark no mention either. */
function acceptedOnly(aliases: Map<string, string[]>, declarations: Declarations) {
  return new Map(
    [...aliases].filter(([id]) => {
      const declared = declarations.byId.get(id);
      return declared !== undefined && isAccepted(declared.entity);
    }),
  );
}

/** A local alias names a known entity and shadows no name of another entity's. */
function checkLocalAliases(
  doc: ParsedDocument,
  declarations: Declarations,
  at: At,
  report: Report,
) {
  const aliases = new Map<string, string[]>();
  for (const [id, names] of Object.entries(doc.data.localAliases)) {
    if (!declarations.byId.has(id)) {
      report({
        ...at(['localAliases', id]),
        message: `unknown entity \`${id}\` in localAliases`,
        fix: 'use the id of an entity in the registry or under `entities`',
      });
      continue;
    }
    const kept = names.filter((name, j) => {
      const owner = declarations.names.get(normalizeName(name));
      if (!owner || owner.id === id) return true;
      report({
        ...at(['localAliases', id, j]),
        message: `local alias "${name}" of \`${id}\` shadows a name of \`${owner.id}\` (${where(owner.place)})`,
        fix: "a local alias may not take another entity's name: remove it, or say something longer",
      });
      return false;
    });
    aliases.set(id, kept);
  }
  return aliases;
}

function checkAuthor(
  doc: ParsedDocument,
  declarations: Declarations,
  at: At,
  report: Report,
): void {
  const { author } = doc.data;
  if (author === undefined) return;
  if (declarations.byId.get(author)?.entity.kind !== 'person')
    report({
      ...at(['author']),
      message: `author \`${author}\` is not a person entity`,
      fix: 'set `author` to the id of the person who wrote the essay',
    });
}

function checkRelations(
  doc: ParsedDocument,
  declarations: Declarations,
  elsewhere: QuoteFinder,
  at: At,
  report: Report,
): RelationRecord[] {
  const relations: RelationRecord[] = [];
  const ids = relationIdsOf(doc.data.relations);
  for (const [i, r] of doc.data.relations.entries()) {
    const assertedBy = checkParties(doc, i, ids[i]!, declarations, at, report);
    if (!isRelationType(r.relation)) {
      report({
        ...at(['relations', i, 'relation']),
        message: `unknown relation type \`${r.relation}\``,
        fix: `use one of the types in graph/relation-types.ts (${Object.keys(RELATION_TYPES).slice(0, 8).join(', ')}, …) or add it there`,
      });
      continue;
    }
    const evidence = locateEvidence(
      doc,
      r.evidence,
      elsewhere,
      (q) => at(['relations', i, 'evidence', q]),
      report,
    );
    const id = ids[i]!;
    if (r.id && id !== r.id)
      report({
        ...at(['relations', i, 'id']),
        message: `duplicate relation id \`${r.id}\``,
        fix: 'give each relation its own id',
      });
    if (!isAccepted(r)) continue;
    relations.push({
      id,
      source: r.source,
      target: r.target,
      relation: r.relation,
      doc: doc.slug,
      evidence,
      time: r.time ?? null,
      polarity: r.polarity ?? RELATION_TYPES[r.relation].polarity,
      modality: r.modality ?? 'fact',
      assertedBy: assertedBy ?? '',
      ...(r.note ? { note: r.note } : {}),
    });
  }
  return relations;
}

/** Who a relation names and who asserts it: declared entities (accepted ones, for an accepted relation). */
function checkParties(
  doc: ParsedDocument,
  i: number,
  id: string,
  declarations: Declarations,
  at: At,
  report: Report,
): string | undefined {
  const r = doc.data.relations[i]!;
  checkEnds(r, declarations, (end) => at(['relations', i, end]), report);
  const assertedBy = r.assertedBy ?? doc.data.author;
  if (isAccepted(r))
    checkAcceptedEnds(
      id,
      [r.source, r.target, assertedBy],
      declarations,
      () => at(['relations', i]),
      report,
    );
  // A draft may wait for its asserter (a document added without an author): accepting it needs one.
  if (assertedBy === undefined && isAccepted(r))
    report({
      ...at(['relations', i]),
      message: 'nobody asserts this relation',
      fix: 'set `author` at the top of the file, or `assertedBy` on the relation',
    });
  return assertedBy;
}

/** An accepted relation names accepted entities only: the graph has no node for a draft. */
function checkAcceptedEnds(
  id: string,
  ends: (string | undefined)[],
  declarations: Declarations,
  place: () => Place,
  report: Report,
): void {
  for (const end of ends) {
    const declared = end === undefined ? undefined : declarations.byId.get(end);
    if (declared && !isAccepted(declared.entity))
      report({
        ...place(),
        message: `accepted relation \`${id}\` names \`${end}\`, which is ${declared.entity.status}`,
        fix: 'accept the entity too, or leave the relation a draft',
      });
  }
}

/** Each entity a relation names is declared somewhere in the corpus. */
function checkEnds(
  r: { source: string; target: string; assertedBy?: string | undefined },
  declarations: Declarations,
  at: (end: string) => Place,
  report: Report,
): void {
  for (const end of ['source', 'target', 'assertedBy'] as const) {
    const id = r[end];
    if (id !== undefined && !declarations.byId.has(id))
      report({
        ...at(end),
        message: `unknown entity \`${id}\` as ${end}`,
        fix: 'use the id of an entity in the registry or under `entities`',
      });
  }
}

/** The relation's quotes found in its document; each one not found is reported, naming where it is if elsewhere. */
function locateEvidence(
  doc: ParsedDocument,
  quotes: string[],
  elsewhere: QuoteFinder,
  at: (q: number) => Place,
  report: Report,
): Evidence[] {
  const evidence: Evidence[] = [];
  for (const [q, quote] of quotes.entries()) {
    const found = locateQuote(doc.article, quote);
    if (found) {
      evidence.push(found);
      continue;
    }
    const other = elsewhere(quote, doc.slug);
    report({
      ...at(q),
      message: other
        ? `quote from another document (${where(other)}): "${quote.slice(0, 80)}"`
        : `quote not found in the article: "${quote.slice(0, 80)}"`,
      fix: other
        ? "a document's relations quote that document only: move the relation to the other document's annotations"
        : 'copy the words exactly as the essay has them (lower case, same punctuation), within one paragraph',
    });
  }
  return evidence;
}

function checkAudit(
  doc: ParsedDocument,
  declarations: Declarations,
  localAliases: Map<string, string[]>,
  at: At,
  report: Report,
): void {
  const isAlias = (alias: string) =>
    [...declarations.byId.values()].some((d) => namesOf(d.entity).includes(alias.toLowerCase())) ||
    [...localAliases.values()].some((names) =>
      names.map((n) => n.toLowerCase()).includes(alias.toLowerCase()),
    );
  for (const [i, entry] of doc.data.audit.entries()) {
    if ('sentence' in entry && !locateQuote(doc.article, entry.sentence))
      report({
        ...at(['audit', i, 'sentence']),
        message: 'audit quote not found in the article',
        fix: 'quote the sentence exactly as the essay has it',
      });
    if ('entity' in entry && !declarations.byId.has(entry.entity))
      report({
        ...at(['audit', i, 'entity']),
        message: `unknown entity \`${entry.entity}\``,
        fix: 'use the id of an entity in the registry or under `entities`',
      });
    if ('alias' in entry && !isAlias(entry.alias))
      report({
        ...at(['audit', i, 'alias']),
        message: `"${entry.alias}" is no entity's alias`,
        fix: 'quote an alias exactly as listed',
      });
  }
}

/** First occurrence of `quote` in the article, with the sentence it starts in. */
export function locateQuote(article: Article, quote: string): Evidence | null {
  const start = article.text.indexOf(quote);
  if (start < 0 || quote.includes('\n')) return null;
  return {
    quote,
    sentence: sentenceAt(article.sentences, start),
    start,
    end: start + quote.length,
  };
}
