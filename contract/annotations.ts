// The review API's wire types: a document's annotations with their review status, and the bodies that change them.
import { z } from 'zod';
import { Id as AnnotationId, Name, Text, Year } from '../graph/corpus/annotations-schema.js';
import { RELATION_TYPES } from '../graph/relation-types.js';
import { DocumentSlugParams } from './schemas.js';
import { FLAG_MESSAGE, FLAG_SPELLINGS, readFlag } from './values.js';
import type { NAME_ARTICLES } from '../graph/types.js';
import {
  DATE_SOURCES,
  ENTITY_KINDS,
  MODALITIES,
  POLARITIES,
  REVIEW_STATUSES,
  type ReviewStatus,
} from '../graph/types.js';

const Id = AnnotationId.max(200);
const Quote = Text.min(1);
const Description = Text.trim().min(1);

/** A span of the document's article text (the offsets of /api/article), end exclusive. */
export const Span = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
export type Span = z.infer<typeof Span>;

export const WireTime = z
  .object({
    start: Year.nullable(),
    end: Year.nullable(),
    from: z.enum(DATE_SOURCES).optional(),
    source: Description.optional(),
  })
  .strict();

const RelationTypeName = z
  .string()
  .refine((t) => Object.hasOwn(RELATION_TYPES, t), 'use a relation type of the vocabulary');

/** Where an entity of a document's annotations is declared: the shared registry, or the document's own file. */
export const ENTITY_HOMES = ['registry', 'document'] as const;

/** One entity as the studio sees it: its facts, its review state and where the text mentions it. */
export interface ReviewEntity {
  id: string;
  kind: (typeof ENTITY_KINDS)[number];
  label: string;
  /** The article its name takes in running text ("the Soviet Union"). */
  article?: (typeof NAME_ARTICLES)[number];
  aliases: string[];
  description: string;
  home: (typeof ENTITY_HOMES)[number];
  /** For a `document` entity another document declares (this one relates it): that document's slug. */
  declaredIn?: string;
  status: ReviewStatus;
  confidence?: number;
  reason?: string;
  /** The document's local aliases of this entity. */
  localAliases: string[];
  mentions: Span[];
}

/** One relation as the studio sees it: the annotation's fields plus where its quotes are in the text. */
export interface ReviewRelation {
  id: string;
  source: string;
  relation: string;
  target: string;
  evidence: string[];
  evidenceSpans: Span[];
  time?: z.infer<typeof WireTime>;
  polarity?: (typeof POLARITIES)[number];
  modality?: (typeof MODALITIES)[number];
  assertedBy?: string;
  note?: string;
  status: ReviewStatus;
  confidence?: number;
  reason?: string;
}

/** GET /api/documents/:slug/annotations (edit token): everything to review, with the file's version in `ETag`. */
export interface ReviewAnnotations {
  slug: string;
  /** The version this answer was read from; the same value as the `ETag` header, for `If-Match`. */
  version: string;
  /**
   * Those the document mentions (in the order of their first mention), then those it relates, declares, gives
   * local aliases to or has as author without naming them.
   */
  entities: ReviewEntity[];
  /** In reading order (the first quote's position). */
  relations: ReviewRelation[];
  /** The document's own entities and its relations by status, whether or not drafts are listed. */
  counts: Record<ReviewStatus, number>;
}

const review = {
  status: z.enum(REVIEW_STATUSES).optional(),
};

const relationFields = {
  source: Id,
  relation: RelationTypeName,
  target: Id,
  evidence: z.array(Quote).min(1, 'give at least one quote'),
  time: WireTime.nullable().optional(),
  polarity: z.enum(POLARITIES).nullable().optional(),
  modality: z.enum(MODALITIES).nullable().optional(),
  assertedBy: Id.nullable().optional(),
  note: Text.nullable().optional(),
};

/** POST /api/documents/:slug/relations: a relation a person made (accepted unless `status` says otherwise). */
export const NewRelationBody = z.object({ ...relationFields, ...review }).strict();
export type NewRelation = z.input<typeof NewRelationBody>;

/** PATCH /api/documents/:slug/relations/:id: the fields to change; `null` removes an optional field. */
export const RelationPatchBody = z
  .object({ ...relationFields, ...review })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, 'give at least one field to change');
export type RelationPatch = z.input<typeof RelationPatchBody>;

/**
 * POST /api/documents/:slug/entities: one of
 * - a new entity of the document (`kind`, `label`, optional `id`, `aliases`, `description`);
 * - a local alias of an existing entity (`linkTo` and `alias`): the selected words then mention it in this text.
 */
export const NewEntityBody = z.union([
  z
    .object({
      id: Id.optional(),
      kind: z.enum(ENTITY_KINDS),
      label: Name,
      aliases: z.array(Name).max(50).optional(),
      description: Description.optional(),
      time: WireTime.optional(),
      ...review,
    })
    .strict(),
  z.object({ linkTo: Id, alias: Name }).strict(),
]);
export type NewEntity = z.input<typeof NewEntityBody>;

/**
 * PATCH /api/documents/:slug/entities/:id: change a document entity's fields or status, or `mergeInto` another
 * entity (a registry one): its relations then point there and its names become local aliases of it.
 */
export const EntityPatchBody = z
  .object({
    kind: z.enum(ENTITY_KINDS),
    label: Name,
    aliases: z.array(Name).max(50),
    description: Description,
    time: WireTime.nullable(),
    mergeInto: Id,
    ...review,
  })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, 'give at least one field to change');
export type EntityPatch = z.input<typeof EntityPatchBody>;

/** One kept version of a document's annotations (GET /api/documents/:slug/history). */
export interface AnnotationsVersion {
  version: string;
  /** ISO time the version was replaced. */
  savedAt: string;
  /** What replaced it, such as "accepted relation khrushchev-denounced-stalin". */
  change: string;
}

/** The path of one relation or entity of a document: its id as GET annotations lists it. */
export const ReviewItemParams = z
  .object({
    slug: DocumentSlugParams.shape.slug,
    id: z
      .string()
      .regex(
        /^[A-Za-z0-9._~-]{1,400}$/,
        'give an id as GET /api/documents/{slug}/annotations lists it',
      )
      .meta({
        description:
          'A relation id (`source.relation.target`, or the one written) or an entity id.',
      }),
  })
  .strict();

/** GET /api/documents/:slug/annotations: `drafts=1` lists drafts and rejected annotations too (else accepted only). */
export const AnnotationsQuery = z
  .object({
    drafts: z
      .enum(FLAG_SPELLINGS as [string, ...string[]], { error: FLAG_MESSAGE })
      .transform((v) => {
        const read = readFlag(v);
        return read.ok && read.value;
      })
      .optional()
      .meta({
        description:
          '`1` lists every annotation, drafts and rejected ones included (the studio); without it, what the public sees.',
      }),
  })
  .strict();

/** DELETE …/relations/:id and …/entities/:id answer what was removed and the file's new version (also the `ETag`). */
export interface Removed {
  id: string;
  version: string;
}

/** POST /api/documents/:slug/history/:version/restore answers the restored annotations, like GET annotations. */
export const HistoryVersionParams = z
  .object({ slug: z.string().min(1).max(80), version: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/) })
  .strict();
