// The operations the API documents: each route's summary, parameter schemas, response and problem statuses.
import type { z } from 'zod';
import { QUERY_SYNTAX } from '../../graph/query/syntax.js';
import { EXPORT_FORMATS } from '../../export/formats.js';
import { EntitySearchQuery } from '../routes/entities.js';
import { ExportNameParams, ExportQuery } from '../routes/export.js';
import { NeighborsQuery } from '../routes/neighbors.js';
import { PathsQuery } from '../routes/paths.js';
import { OneLineQuery } from '../routes/query.js';
import {
  DocScopeQuery,
  DocumentSlugParams,
  EntityIdParams,
  NewDocumentBody,
  ViewFilterQuery,
} from '../../contract/schemas.js';
import { REVIEW_OPERATIONS } from './review-operations.js';
import { ref, type JsonSchema } from './schemas.js';
import type { ProblemStatus } from './problems.js';

/** One documented operation; the parameters come from the very schemas the route validates with. */
export interface ApiOperation {
  path: string;
  /** GET unless said; writes need the edit token. */
  method?: 'get' | 'post' | 'patch' | 'delete';
  /** A read that needs the edit token too (the review's). */
  editToken?: boolean;
  /** Answers the annotations' version in `ETag`; a write takes `If-Match`, the version it was made against. */
  versioned?: boolean;
  /** A write's JSON body. */
  body?: z.ZodType;
  /** The success status, when not 200 (201 Created). */
  status?: number;
  summary: string;
  description?: string;
  pathParams?: z.ZodObject;
  query?: z.ZodObject;
  response: { description: string; schema: JsonSchema; contentType?: string };
  /** Problem statuses the operation can answer besides 200; 429 on all, as the per-client limit covers /api. */
  problems: ProblemStatus[];
  /** Other statuses answered with the 200's schema (health's 503 while draining). */
  alsoAnswers?: { status: number; description: string }[];
}

/** Every route the API serves; a new route adds its entry here (a test checks the document covers them). */
export const API_OPERATIONS: ApiOperation[] = [
  ...REVIEW_OPERATIONS,
  {
    path: '/api/health',
    summary: 'Readiness and the size of the graph being served',
    response: { description: 'The server is ready.', schema: ref('Health') },
    alsoAnswers: [{ status: 503, description: 'The server is draining before it exits.' }],
    problems: [429],
  },
  {
    path: '/api/graph',
    summary: 'The graph, optionally filtered',
    description:
      "The whole graph in graphology's serialized format, or the view the filters keep: `at=1969` is the essay's " +
      'world in 1969 (entities are kept; relations not holding that year are dropped). Sent with a strong ETag: ' +
      'revalidate with If-None-Match to get 304 when nothing changed.',
    query: ViewFilterQuery,
    response: { description: 'A serialized graph.', schema: ref('SerializedGraph') },
    problems: [400, 429],
  },
  {
    path: '/api/entities',
    summary: 'Search entities by id, label, alias or name',
    description: 'Case- and punctuation-insensitive, tolerant of misspellings; best matches first.',
    query: EntitySearchQuery,
    response: { description: 'Matching entities.', schema: ref('EntitySearch') },
    problems: [400, 429],
  },
  {
    path: '/api/entities/{id}',
    summary: 'One entity: attributes, relations by type and direction with evidence, mentions',
    pathParams: EntityIdParams,
    query: DocScopeQuery,
    response: { description: 'The entity.', schema: ref('EntityDetail') },
    problems: [400, 404, 429],
  },
  {
    path: '/api/neighbors/{id}',
    summary: "An entity's neighbourhood as a serialized graph",
    description:
      'Every entity within `depth` relations (either direction) and the relations between them, after the filters.',
    pathParams: EntityIdParams,
    query: NeighborsQuery,
    response: { description: 'A serialized graph.', schema: ref('SerializedGraph') },
    problems: [400, 404, 429],
  },
  {
    path: '/api/paths',
    summary: 'How does one entity connect to another? Paths with evidence on every hop',
    description:
      'Shortest paths by hops (k loopless paths by Yen’s algorithm, shortest first, then those resting on fewer ' +
      'claims, then by node ids), through waypoints in order, undirected unless `directed`. A path is a sequence ' +
      'of entities: each hop carries its best relation (a fact before a claim) and lists the others in ' +
      '`parallel`. No path is a 200 with `paths: []` and a `reason`.',
    query: PathsQuery,
    response: { description: 'The resolved query and its paths.', schema: ref('PathAnswer') },
    problems: [400, 404, 422, 429],
  },
  {
    path: '/api/query',
    summary: 'The same answer as /api/paths, for a one-line query',
    description: QUERY_SYNTAX,
    query: OneLineQuery,
    response: { description: 'The resolved query and its paths.', schema: ref('PathAnswer') },
    problems: [400, 404, 422, 429],
  },
  {
    path: '/api/article',
    summary: "A document's article: clean text, paragraphs and sentences",
    description:
      'The document named by `doc` (without it, the first document) as the builder derives it from the page ' +
      '(boilerplate dropped). Evidence and mention offsets (`start`, `end`) index into `text`; `sentence` ' +
      'indexes `sentences`.',
    query: DocScopeQuery,
    response: { description: 'The article.', schema: ref('Article') },
    problems: [400, 404, 429],
  },
  {
    path: '/api/documents',
    summary: "The corpus's documents: metadata and counts, and the corpus's totals",
    response: { description: 'The library.', schema: ref('DocumentList') },
    problems: [429],
  },
  {
    path: '/api/documents/{slug}',
    summary: 'One document: metadata and counts',
    pathParams: DocumentSlugParams,
    response: { description: 'The document.', schema: ref('DocumentSummary') },
    problems: [400, 404, 429],
  },
  {
    path: '/api/documents',
    method: 'post',
    summary: 'Add a document',
    description:
      "Plain text (or Markdown) as `text`, or a web page's HTML as `html` (only its article is kept), with its " +
      'title and optional author, publication, date and URL. It is written whole or not at all, and its mentions of ' +
      'registry entities are found at once. Needs the edit token.',
    body: NewDocumentBody,
    status: 201,
    response: {
      description: 'The document added; `Location` names it.',
      schema: ref('DocumentSummary'),
    },
    problems: [400, 401, 403, 413, 415, 422, 429],
  },
  {
    path: '/api/documents/{slug}',
    method: 'delete',
    summary: 'Move a document to the trash',
    description:
      'Its folder moves to `.trash/` inside the corpus, whence it can be restored; its relations leave the graph. ' +
      'Needs the edit token.',
    pathParams: DocumentSlugParams,
    response: { description: 'Where it went.', schema: ref('Trashed') },
    problems: [400, 401, 403, 404, 409, 429],
  },
  {
    path: '/api/export/{name}',
    summary: 'The current view as a file: data, drawing or report',
    description:
      `Takes the parameters of /api/graph and of /api/paths; \`from\` and \`to\` make it a path view. Names: ` +
      `${EXPORT_FORMATS.map((f) => `\`${f.name}\``).join(', ')}. Answered as an attachment.`,
    pathParams: ExportNameParams,
    query: ExportQuery,
    response: {
      description: 'The file, with Content-Disposition: attachment.',
      schema: { type: 'string' },
      contentType: '*/*',
    },
    problems: [400, 404, 422, 429, 503],
  },
  {
    path: '/api/openapi.json',
    summary: 'This document',
    response: { description: 'OpenAPI 3.1.', schema: { type: 'object' } },
    problems: [429],
  },
  {
    path: '/api/docs',
    summary: 'This document as a readable page',
    response: { description: 'HTML.', schema: { type: 'string' }, contentType: 'text/html' },
    problems: [429],
  },
];
