// The operations the API documents: each route's summary, parameter schemas, response and problem statuses.
import type { z } from 'zod';
import { QUERY_SYNTAX } from '../../graph/query/syntax.js';
import { EXPORT_FORMATS } from '../../export/formats.js';
import { EntitySearchQuery } from '../routes/entities.js';
import { ExportNameParams, ExportQuery } from '../routes/export.js';
import { NeighborsQuery } from '../routes/neighbors.js';
import { PathsQuery } from '../routes/paths.js';
import { OneLineQuery } from '../routes/query.js';
import { EntityIdParams, ViewFilterQuery } from '../../contract/schemas.js';
import { ref, type JsonSchema } from './schemas.js';
import type { ProblemStatus } from './problems.js';

/** One documented operation; the parameters come from the very schemas the route validates with. */
export interface ApiOperation {
  path: string;
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
    summary: 'The article: clean text, paragraphs and sentences',
    description:
      'The essay as the builder derives it from the page (boilerplate dropped). Evidence and mention offsets ' +
      '(`start`, `end`) index into `text`; `sentence` indexes `sentences`.',
    response: { description: 'The article.', schema: ref('Article') },
    problems: [429],
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
