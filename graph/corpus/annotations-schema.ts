// The shape of annotations.yaml, as zod schemas: validation and the types of the parsed file in one place.
import { z } from 'zod';
import {
  DATE_SOURCES,
  ENTITY_KINDS,
  MODALITIES,
  NAME_ARTICLES,
  POLARITIES,
  REVIEW_STATUSES,
} from '../types.js';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longest text each field may hold: a few times what the essay needs, far below what could stall the loader. */
const TEXT_LIMITS = { name: 200, text: 2000 } as const;
const atMost = (n: number) => `must be at most ${n} characters`;
/** The field types annotations are made of; the review API's bodies (contract/annotations.ts) take the same. */
export const Name = z.string().trim().min(1).max(TEXT_LIMITS.name, atMost(TEXT_LIMITS.name));
export const Text = z.string().max(TEXT_LIMITS.text, atMost(TEXT_LIMITS.text));
export const Id = z.string().regex(KEBAB, 'must be a kebab-case id such as `nikita-khrushchev`');
export const Year = z.number().int('must be a whole year').min(-3000).max(3000);

const TimeSchema = z
  .object({
    start: Year.nullable(),
    end: Year.nullable(),
    from: z.enum(DATE_SOURCES).optional(),
    source: z.string().trim().min(1).optional(),
  })
  .strict()
  .refine((t) => t.start === null || t.end === null || t.start <= t.end, {
    message: 'start must not be after end',
  })
  .refine((t) => t.from === undefined || t.from === 'text' || t.source !== undefined, {
    message: 'a date not taken from the text needs `source`: say where it comes from',
    path: ['source'],
  })
  .transform(({ start, end, from, source }) => ({
    start,
    end,
    ...(from && from !== 'text' ? { from } : {}),
    ...(source ? { source } : {}),
  }));

/**
 * Review fields of an entity or relation: absent on what a person wrote (accepted). The draft extractor writes
 * `status: draft`, its `confidence` (0–1) and the `reason` it proposed the annotation.
 */
const reviewShape = {
  status: z.enum(REVIEW_STATUSES).optional(),
  confidence: z.number().min(0).max(1).optional(),
  reason: Text.trim().min(1).optional(),
};

const EntitySchema = z
  .object({
    id: Id,
    kind: z.enum(ENTITY_KINDS),
    label: Name,
    article: z.enum(NAME_ARTICLES).optional(),
    aliases: z.array(Name).default([]),
    /** Names users type that the essay does not use ("ussr"): found by search, never marked as mentions. */
    names: z.array(Name).default([]),
    description: Text.trim().min(1),
    time: TimeSchema.optional(),
    ...reviewShape,
  })
  .strict();

const RelationSchema = z
  .object({
    id: Id.optional(),
    source: Id,
    relation: z.string().min(1),
    target: Id,
    evidence: z.array(Text.min(1)).min(1, 'give at least one quote'),
    time: TimeSchema.optional(),
    polarity: z.enum(POLARITIES).optional(),
    modality: z.enum(MODALITIES).optional(),
    assertedBy: Id.optional(),
    note: Text.optional(),
    ...reviewShape,
  })
  .strict();

const Why = Text.trim().min(1, 'say why');
const AuditEntrySchema = z.union([
  z.object({ sentence: Text.min(1), why: Why }).strict(),
  z.object({ entity: Id, why: Why }).strict(),
  z.object({ alias: Name, why: Why }).strict(),
]);

/**
 * A document's annotations: its author (the default asserter), entities of its own not in the registry, local
 * aliases (contextual references that mean an entity only in this text: "the war", "the diplomat"), its relations,
 * which quote only this document, and its audit.
 */
export const AnnotationsSchema = z
  .object({
    author: Id.optional(),
    entities: z.array(EntitySchema).default([]),
    localAliases: z.record(Id, z.array(Name).min(1)).default({}),
    relations: z.array(RelationSchema).default([]),
    audit: z.array(AuditEntrySchema).default([]),
  })
  .strict();

/** The corpus's entity registry (entities.yaml): each real-world entity once, shared by every document. */
export const RegistrySchema = z.object({ entities: z.array(EntitySchema).default([]) }).strict();

export type EntityInput = z.infer<typeof EntitySchema>;
export type RelationInput = z.infer<typeof RelationSchema>;
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export type Annotations = z.infer<typeof AnnotationsSchema>;
