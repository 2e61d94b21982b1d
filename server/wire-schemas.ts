// zod schemas of the API's JSON answers: the OpenAPI response schemas are derived from them, and a type test ties
// each to the TypeScript wire type the routes send, so the document cannot drift from what is answered.
import { z } from 'zod';
import { PROBLEM_TYPE_LIST } from '../contract/problem.js';
import { REVIEW_WIRE_SCHEMAS } from './review-wire-schemas.js';
import {
  DATE_SOURCES,
  ENTITY_KINDS,
  MODALITIES,
  POLARITIES,
  SECTION_KINDS,
} from '../graph/types.js';

const int = () => z.number().int();
const KNOWN_DATE_SOURCES = DATE_SOURCES.filter((s) => s !== 'text') as ['tenure', 'knowledge'];

const Time = z
  .object({
    start: int().nullable(),
    end: int().nullable(),
    from: z.enum(KNOWN_DATE_SOURCES).optional(),
    source: z.string().optional(),
  })
  .nullable();

const Evidence = z.object({
  quote: z.string(),
  sentence: int().meta({ description: 'Index of the sentence in the article.' }),
  start: int(),
  end: int(),
});

const NodeRef = z.object({ id: z.string(), label: z.string(), kind: z.enum(ENTITY_KINDS) });

const ClausePart = z.object({
  text: z.string(),
  entity: z.string().optional(),
  article: z.literal(true).optional(),
});

/** A relation's facts (graph/types.ts RelationFacts), as hops and entity relations both carry them. */
const relationFacts = {
  doc: z
    .string()
    .meta({ description: 'The slug of the document that states it (GET /api/documents/{slug}).' }),
  evidence: z.array(Evidence),
  time: Time,
  polarity: z.enum(POLARITIES),
  modality: z.enum(MODALITIES),
  assertedBy: z.string(),
};

const HopEdge = z.object({
  edge: z.string(),
  relation: z.string(),
  label: z.string().meta({ description: 'Read in the direction of travel.' }),
  clause: z.array(ClausePart),
  ...relationFacts,
  reversed: z.boolean(),
});

const Resolved = NodeRef.extend({
  input: z.string(),
  alternatives: z.array(NodeRef).optional(),
});

const PathFilters = z.object({
  at: int().optional(),
  relations: z.array(z.string()).optional(),
  avoidKinds: z.array(z.enum(ENTITY_KINDS)).optional(),
  facts: z.boolean().optional(),
  modalities: z.array(z.enum(MODALITIES)).optional(),
});

export const PathAnswer = z.object({
  query: z.object({
    from: Resolved,
    to: Resolved,
    via: z.array(Resolved),
    k: int(),
    maxHops: int(),
    directed: z.boolean(),
    filters: PathFilters,
  }),
  paths: z.array(
    z.object({
      nodes: z.array(NodeRef),
      hops: z.array(
        HopEdge.extend({ source: z.string(), target: z.string(), parallel: z.array(HopEdge) }),
      ),
      length: int(),
      narrative: z.string().meta({ description: 'Plain text; citation [n] is hop n’s evidence.' }),
    }),
  ),
  reason: z.string().optional().meta({ description: 'Why `paths` is empty.' }),
});

const EntityRelation = z.object({
  edge: z.string(),
  direction: z.enum(['out', 'in']),
  label: z.string(),
  other: NodeRef,
  ...relationFacts,
  note: z.string().optional(),
});

export const EntityDetail = NodeRef.extend({
  aliases: z.array(z.string()),
  description: z.string(),
  time: Time,
  importance: z.number(),
  degree: int(),
  relations: z.array(
    z.object({
      relation: z.string(),
      direction: z.enum(['out', 'in']),
      label: z.string(),
      relations: z.array(EntityRelation),
    }),
  ),
  mentions: z.array(
    z.object({
      doc: z.string(),
      sentence: int(),
      start: int(),
      end: int(),
      text: z.string(),
      sentenceText: z.string(),
    }),
  ),
});

export const EntitySearch = z.object({
  results: z.array(NodeRef.extend({ score: z.number(), matched: z.string() })),
});

const Health = z.object({
  status: z.enum(['ok', 'draining']),
  nodes: int(),
  edges: int(),
});

const Span = { start: int(), end: int() };

export const Article = z.object({
  meta: z.object({
    title: z.string(),
    author: z.string(),
    publication: z.string(),
    published: z.string().optional(),
    url: z.string().optional(),
    added: z.string().optional(),
  }),
  slug: z.string(),
  text: z.string(),
  paragraphs: z.array(z.object({ section: z.enum(SECTION_KINDS), ...Span })),
  sentences: z.array(
    z.object({
      index: int(),
      paragraph: int(),
      section: z.enum(SECTION_KINDS),
      ...Span,
      text: z.string(),
    }),
  ),
});

const Attributes = z.record(z.string(), z.unknown());

/** graphology's `export()` format; the attributes are the graph's own, documented by the graph, not here. */
const SerializedGraph = z
  .object({
    options: Attributes.optional(),
    attributes: Attributes.optional(),
    nodes: z.array(z.object({ key: z.string(), attributes: Attributes.optional() })),
    edges: z.array(
      z.object({
        key: z.string().optional(),
        source: z.string(),
        target: z.string(),
        undirected: z.boolean().optional(),
        attributes: Attributes.optional(),
      }),
    ),
  })
  .meta({ description: "graphology's `export()` format." });

const problemTypeUris = PROBLEM_TYPE_LIST.map((p) => p.type) as [string, ...string[]];

/** A problem document; other members (`column` of a one-line query) are extensions RFC 9457 allows. */
export const Problem = z.looseObject({
  type: z
    .enum(problemTypeUris)
    .meta({ description: 'A link into /api/docs, e.g. /api/docs#problem-not-found.' }),
  title: z.string(),
  status: int(),
  detail: z.string(),
  parameter: z.string().optional(),
  column: int().optional(),
  suggestions: z.array(z.object({ id: z.string(), label: z.string() })).optional(),
});

export const DocumentSummary = z.object({
  slug: z.string(),
  title: z.string(),
  author: z.string(),
  publication: z.string(),
  published: z.string().optional(),
  url: z.string().optional(),
  added: z
    .string()
    .optional()
    .meta({ description: 'When it was added (ISO time); absent for the first documents.' }),
  entities: int().meta({ description: 'Entities it mentions or relates.' }),
  relations: int(),
  sentences: int(),
  annotationsChanged: z
    .string()
    .nullable()
    .meta({ description: 'When its annotations file last changed (ISO time).' }),
});

export const DocumentList = z.object({
  documents: z.array(DocumentSummary),
  totals: z.object({ documents: int(), entities: int(), relations: int() }),
});

const Trashed = z.object({
  slug: z.string(),
  trashedAs: z.string().meta({ description: 'Its folder in the corpus’s `.trash/`.' }),
});

/** The components of the OpenAPI document, by name. */
export const WIRE_SCHEMAS = {
  ...REVIEW_WIRE_SCHEMAS,
  Article,
  DocumentList,
  DocumentSummary,
  Trashed,
  EntityDetail,
  EntitySearch,
  Health,
  PathAnswer,
  Problem,
  SerializedGraph,
};
