// The review read model of one document: its entities and relations of every status, with where the text has them.
import type { EntityInput, RelationInput } from './annotations-schema.js';
import type { CorpusParts } from './assembly.js';
import { locateQuote } from './document-facts.js';
import { findMentions, mentionIndex, type MentionIndex, type Nameable } from './mentions.js';
import type { ParsedDocument } from './parse-document.js';
import { relationIdsOf } from './relation-ids.js';
import { isAccepted, statusOf } from './review-status.js';
import { REVIEW_STATUSES, type NameArticle, type ReviewStatus } from '../types.js';

/** A span of the article text, end exclusive. */
interface TextSpan {
  start: number;
  end: number;
}

interface EntityReview {
  id: string;
  kind: EntityInput['kind'];
  label: string;
  /** The article its name takes in running text ("the Soviet Union"). */
  article?: NameArticle;
  aliases: string[];
  description: string;
  /** Declared in the registry, or by a document (this one unless `declaredIn` names another). */
  home: 'registry' | 'document';
  declaredIn?: string;
  status: ReviewStatus;
  confidence?: number;
  reason?: string;
  localAliases: string[];
  mentions: TextSpan[];
}

type RelationReview = Omit<RelationInput, 'id' | 'status'> & {
  id: string;
  status: ReviewStatus;
  evidenceSpans: TextSpan[];
};

export interface DocumentReview {
  entities: EntityReview[];
  relations: RelationReview[];
  /** The document's own entities and its relations by status, whether drafts are listed or not. */
  counts: Record<ReviewStatus, number>;
}

type ReviewParts = Pick<CorpusParts, 'declarations' | 'registryIndex'>;

/**
 * What the studio reviews in `doc`, read against the corpus's declarations (`parts` must hold this version of
 * the document). With `drafts` false only accepted annotations are listed, as the public sees them.
 */
export function reviewDocument(
  doc: ParsedDocument,
  parts: ReviewParts,
  drafts: boolean,
): DocumentReview {
  const shown = (a: { status?: ReviewStatus | undefined }) => drafts || isAccepted(a);
  const relations = relationReviews(doc).filter(shown);
  const mentions = mentionSpans(doc, parts, drafts);
  const ids = new Set<string>(mentions.keys());
  for (const r of relations)
    for (const id of [r.source, r.target, r.assertedBy ?? doc.data.author]) if (id) ids.add(id);
  for (const e of doc.data.entities) ids.add(e.id);
  for (const id of Object.keys(doc.data.localAliases)) ids.add(id);
  if (doc.data.author) ids.add(doc.data.author);
  const entities = [...ids]
    .map((id) => entityReview(id, doc, parts, mentions.get(id) ?? []))
    .filter((e): e is EntityReview => e !== null && shown(e));
  return { entities, relations, counts: countsOf(doc) };
}

/** Every relation with its id and its quotes' spans, in reading order (where its first quote is). */
function relationReviews(doc: ParsedDocument): RelationReview[] {
  const ids = relationIdsOf(doc.data.relations);
  const reviews = doc.data.relations.map((r, i): RelationReview => {
    const { id: _written, status, ...fields } = r;
    const evidenceSpans = r.evidence
      .map((quote) => locateQuote(doc.article, quote))
      .filter((found) => found !== null)
      .map(({ start, end }) => ({ start, end }));
    return { id: ids[i]!, ...fields, status: statusOf({ status }), evidenceSpans };
  });
  const at = (r: RelationReview) => r.evidenceSpans[0]?.start ?? Number.MAX_SAFE_INTEGER;
  return reviews
    .map((r, i) => ({ r, i }))
    .sort((a, b) => at(a.r) - at(b.r) || a.i - b.i)
    .map(({ r }) => r);
}

/** Where the text names each entity, by the names the loader uses, plus (with `drafts`) the drafts' names. */
function mentionSpans(
  doc: ParsedDocument,
  parts: ReviewParts,
  drafts: boolean,
): Map<string, TextSpan[]> {
  const counts = (entity: EntityInput) => drafts || isAccepted(entity);
  const registryDrafts: EntityInput[] = [];
  if (drafts)
    for (const d of parts.declarations.byId.values())
      if (d.doc === null && !isAccepted(d.entity)) registryDrafts.push(d.entity);
  const own = doc.data.entities.filter(
    (e) => parts.declarations.byId.get(e.id)?.doc === doc.slug && counts(e),
  );
  const locals: Nameable[] = Object.entries(doc.data.localAliases)
    .filter(([id]) => {
      const declared = parts.declarations.byId.get(id);
      return declared !== undefined && counts(declared.entity);
    })
    .map(([id, [label = '', ...aliases]]) => ({ id, label, aliases }));
  const indexes: MentionIndex[] = [parts.registryIndex, mentionIndex(registryDrafts)];
  indexes.push(mentionIndex(own), mentionIndex(locals));
  const found = findMentions(doc.article, doc.slug, indexes);
  return new Map(
    [...found].map(([id, list]) => [id, list.map(({ start, end }) => ({ start, end }))]),
  );
}

function entityReview(
  id: string,
  doc: ParsedDocument,
  parts: ReviewParts,
  mentions: TextSpan[],
): EntityReview | null {
  const declared = parts.declarations.byId.get(id);
  if (!declared) return null;
  const { entity } = declared;
  return {
    id,
    kind: entity.kind,
    label: entity.label,
    ...(entity.article ? { article: entity.article } : {}),
    aliases: entity.aliases,
    description: entity.description,
    home: declared.doc === null ? 'registry' : 'document',
    ...(declared.doc !== null && declared.doc !== doc.slug ? { declaredIn: declared.doc } : {}),
    status: statusOf(entity),
    ...(entity.confidence !== undefined ? { confidence: entity.confidence } : {}),
    ...(entity.reason !== undefined ? { reason: entity.reason } : {}),
    localAliases: doc.data.localAliases[id] ?? [],
    mentions,
  };
}

function countsOf(doc: ParsedDocument): Record<ReviewStatus, number> {
  const counts = Object.fromEntries(REVIEW_STATUSES.map((s) => [s, 0])) as Record<
    ReviewStatus,
    number
  >;
  for (const item of [...doc.data.entities, ...doc.data.relations]) counts[statusOf(item)]++;
  return counts;
}
