// zod schemas of the review API's answers (contract/annotations.ts's types), whence their OpenAPI response schemas.
import { z } from 'zod';
import { ENTITY_HOMES, WireTime } from '../contract/annotations.js';
import {
  ENTITY_KINDS,
  MODALITIES,
  NAME_ARTICLES,
  POLARITIES,
  REVIEW_STATUSES,
} from '../graph/types.js';

const int = () => z.number().int();
const Span = z.object({ start: int(), end: int() });
const Status = z.enum(REVIEW_STATUSES);
const reviewFields = {
  status: Status,
  confidence: z.number().optional(),
  reason: z.string().optional(),
};

const ReviewEntity = z.object({
  id: z.string(),
  kind: z.enum(ENTITY_KINDS),
  label: z.string(),
  article: z.enum(NAME_ARTICLES).optional(),
  aliases: z.array(z.string()),
  description: z.string(),
  home: z.enum(ENTITY_HOMES),
  declaredIn: z.string().optional(),
  ...reviewFields,
  localAliases: z.array(z.string()),
  mentions: z.array(Span).meta({ description: 'Spans of the article text (/api/article).' }),
});

const ReviewRelation = z.object({
  id: z
    .string()
    .meta({ description: 'Its id in the document: the one written, or `source.relation.target`.' }),
  source: z.string(),
  relation: z.string(),
  target: z.string(),
  evidence: z.array(z.string()),
  evidenceSpans: z.array(Span),
  time: WireTime.optional(),
  polarity: z.enum(POLARITIES).optional(),
  modality: z.enum(MODALITIES).optional(),
  assertedBy: z.string().optional(),
  note: z.string().optional(),
  ...reviewFields,
});

const ReviewAnnotations = z.object({
  slug: z.string(),
  version: z
    .string()
    .meta({ description: 'The file’s version, as `ETag`: send it back in `If-Match`.' }),
  entities: z.array(ReviewEntity),
  relations: z.array(ReviewRelation).meta({ description: 'In reading order.' }),
  counts: z.object({ draft: int(), accepted: int(), rejected: int() }),
});

const AnnotationsVersions = z.array(
  z.object({
    version: z.string(),
    savedAt: z.string().meta({ description: 'When it was replaced (ISO time).' }),
    change: z.string().meta({ description: 'What replaced it.' }),
  }),
);

const Removed = z.object({ id: z.string(), version: z.string() });

/** The review's components of the OpenAPI document, by name. */
export const REVIEW_WIRE_SCHEMAS = {
  AnnotationsVersions,
  Removed,
  ReviewAnnotations,
  ReviewEntity,
  ReviewRelation,
};
