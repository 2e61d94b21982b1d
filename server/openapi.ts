// The OpenAPI 3.1 document of the API, built from the zod schemas that validate each route's parameters.
import { z } from 'zod';
import { QUERY_SYNTAX } from '../graph/query/syntax.js';
import { EXPORT_FORMATS } from '../export/formats.js';
import { EntitySearchQuery } from './routes/entities.js';
import { ExportNameParams, ExportQuery } from './routes/export.js';
import { NeighborsQuery } from './routes/neighbors.js';
import { PathsQuery } from './routes/paths.js';
import { OneLineQuery } from './routes/query.js';
import { EntityIdParams, ViewFilterQuery } from './query-schemas.js';

type JsonSchema = Record<string, unknown>;

/** One documented operation; the parameters come from the very schemas the route validates with. */
export interface ApiOperation {
  path: string;
  summary: string;
  description?: string;
  pathParams?: z.ZodObject;
  query?: z.ZodObject;
  response: { description: string; schema: JsonSchema; contentType?: string };
  /** Problem statuses the operation can answer besides 200 (400, 404, 422). */
  problems: (400 | 404 | 422 | 429 | 503)[];
}

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

/** Every route the API serves; a new route adds its entry here (a test checks the document covers them). */
export const API_OPERATIONS: ApiOperation[] = [
  {
    path: '/api/health',
    summary: 'Readiness and the size of the graph being served',
    response: { description: 'The server is ready.', schema: ref('Health') },
    problems: [],
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
    problems: [400],
  },
  {
    path: '/api/entities',
    summary: 'Search entities by id, label, alias or name',
    description: 'Case- and punctuation-insensitive, tolerant of misspellings; best matches first.',
    query: EntitySearchQuery,
    response: { description: 'Matching entities.', schema: ref('EntitySearch') },
    problems: [400],
  },
  {
    path: '/api/entities/{id}',
    summary: 'One entity: attributes, relations by type with evidence, mentions',
    pathParams: EntityIdParams,
    response: { description: 'The entity.', schema: ref('EntityDetail') },
    problems: [400, 404],
  },
  {
    path: '/api/neighbors/{id}',
    summary: "An entity's neighbourhood as a serialized graph",
    description:
      'Every entity within `depth` relations (either direction) and the relations between them, after the filters.',
    pathParams: EntityIdParams,
    query: NeighborsQuery,
    response: { description: 'A serialized graph.', schema: ref('SerializedGraph') },
    problems: [400, 404],
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
    problems: [400, 404, 422],
  },
  {
    path: '/api/query',
    summary: 'The same answer as /api/paths, for a one-line query',
    description: QUERY_SYNTAX,
    query: OneLineQuery,
    response: { description: 'The resolved query and its paths.', schema: ref('PathAnswer') },
    problems: [400, 404, 422],
  },
  {
    path: '/api/article',
    summary: 'The article: clean text, paragraphs and sentences',
    description:
      'The essay as the builder derives it from the page (boilerplate dropped). Evidence and mention offsets ' +
      '(`start`, `end`) index into `text`; `sentence` indexes `sentences`.',
    response: { description: 'The article.', schema: ref('Article') },
    problems: [],
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
    problems: [],
  },
  {
    path: '/api/docs',
    summary: 'This document as a readable page',
    response: { description: 'HTML.', schema: { type: 'string' }, contentType: 'text/html' },
    problems: [],
  },
];

/** Problem types: `type` in a problem document is `/api/docs#problem-<slug>`. */
export const PROBLEM_TYPES = [
  {
    slug: 'invalid-input',
    status: 400,
    title: 'Invalid input',
    text: 'A parameter is missing, malformed or out of bounds; `parameter` names it and, for a one-line query, `column` points at the culprit (1-based).',
  },
  {
    slug: 'not-found',
    status: 404,
    title: 'Not found',
    text: 'No entity (or route) answers to the name given; `suggestions` lists the entities it most resembles.',
  },
  {
    slug: 'too-expensive',
    status: 422,
    title: 'Query too expensive',
    text: 'The search would exceed its work budget; lower `maxHops` or `k`, add waypoints or filters.',
  },
  {
    slug: 'rate-limited',
    status: 429,
    title: 'Too many requests',
    text: 'The client made more requests (or, for `graph.svg` and `graph.png`, drawings) in a minute than it may; `Retry-After` says when to try again.',
  },
  {
    slug: 'unavailable',
    status: 503,
    title: 'Service unavailable',
    text: 'Too many drawings are waiting to be rendered, or the server is shutting down; `Retry-After` says when to try again.',
  },
  {
    slug: 'bad-request',
    status: 400,
    title: 'Bad request',
    text: 'The request itself could not be read (a malformed URL).',
  },
  {
    slug: 'internal',
    status: 500,
    title: 'Internal error',
    text: 'The server failed; the failure is logged. Never the answer to bad input.',
  },
] as const;

const PROBLEM_RESPONSES = {
  400: 'InvalidInput',
  404: 'NotFound',
  422: 'TooExpensive',
  429: 'RateLimited',
  503: 'Unavailable',
} as const;

let cached: JsonSchema | null = null;

export function openApiDocument(): JsonSchema {
  cached ??= buildDocument();
  return cached;
}

function buildDocument(): JsonSchema {
  const paths: Record<string, unknown> = {};
  for (const op of API_OPERATIONS) paths[op.path] = { get: operationObject(op) };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Essay graph API',
      version: '0.1.0',
      description:
        'An evidence-backed knowledge graph of one essay: who relates to what, with the essay’s own words on every ' +
        'hop. Errors are RFC 9457 problem documents (application/problem+json).',
    },
    paths,
    components: { schemas: SCHEMAS, responses: problemResponses() },
  };
}

function operationObject(op: ApiOperation): JsonSchema {
  const responses: Record<string, unknown> = {
    200: {
      description: op.response.description,
      content: { [op.response.contentType ?? 'application/json']: { schema: op.response.schema } },
    },
  };
  for (const status of op.problems)
    responses[status] = { $ref: `#/components/responses/${PROBLEM_RESPONSES[status]}` };
  return {
    operationId: operationId(op.path),
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    parameters: [...parametersOf(op.pathParams, 'path'), ...parametersOf(op.query, 'query')],
    responses,
  };
}

/** One parameter per property of the object schema, its JSON Schema being zod's, as the client sends it. */
export function parametersOf(
  schema: z.ZodObject | undefined,
  where: 'path' | 'query',
): JsonSchema[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === 'path' || (json.required ?? []).includes(name),
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    };
  });
}

function operationId(path: string): string {
  const words = path
    .replace(/^\/api\//, '')
    .split(/[^a-z0-9]+/i)
    .filter(Boolean);
  return 'get' + words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

function problemResponses(): JsonSchema {
  const out: JsonSchema = {};
  for (const [status, name] of Object.entries(PROBLEM_RESPONSES)) {
    const type = PROBLEM_TYPES.find((p) => p.status === Number(status))!;
    out[name] = {
      description: `${type.title}: ${type.text}`,
      content: { 'application/problem+json': { schema: ref('Problem') } },
    };
  }
  return out;
}

const Time = {
  type: ['object', 'null'],
  properties: { start: { type: ['integer', 'null'] }, end: { type: ['integer', 'null'] } },
};
const Evidence = {
  type: 'object',
  required: ['quote', 'sentence', 'start', 'end'],
  properties: {
    quote: { type: 'string' },
    sentence: { type: 'integer', description: 'Index of the sentence in the article.' },
    start: { type: 'integer' },
    end: { type: 'integer' },
  },
};
const NodeRef = {
  type: 'object',
  required: ['id', 'label', 'kind'],
  properties: { id: { type: 'string' }, label: { type: 'string' }, kind: { type: 'string' } },
};
const HopEdge = {
  type: 'object',
  required: [
    'edge',
    'relation',
    'label',
    'evidence',
    'modality',
    'polarity',
    'assertedBy',
    'reversed',
  ],
  properties: {
    edge: { type: 'string' },
    relation: { type: 'string' },
    label: { type: 'string', description: 'Read in the direction of travel.' },
    evidence: { type: 'array', items: Evidence },
    time: Time,
    polarity: { type: 'string' },
    modality: { type: 'string' },
    assertedBy: { type: 'string' },
    reversed: { type: 'boolean' },
  },
};
const Resolved = {
  type: 'object',
  required: ['input', 'id', 'label', 'kind'],
  properties: {
    input: { type: 'string' },
    ...NodeRef.properties,
    alternatives: { type: 'array', items: NodeRef },
  },
};

const SCHEMAS: Record<string, JsonSchema> = {
  Article: {
    type: 'object',
    required: ['meta', 'text', 'paragraphs', 'sentences'],
    properties: {
      meta: {
        type: 'object',
        properties: {
          title: { type: 'string' },
          author: { type: 'string' },
          publication: { type: 'string' },
        },
      },
      text: { type: 'string' },
      paragraphs: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            section: { type: 'string' },
            start: { type: 'integer' },
            end: { type: 'integer' },
          },
        },
      },
      sentences: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            index: { type: 'integer' },
            paragraph: { type: 'integer' },
            section: { type: 'string' },
            start: { type: 'integer' },
            end: { type: 'integer' },
            text: { type: 'string' },
          },
        },
      },
    },
  },
  Problem: {
    type: 'object',
    required: ['type', 'title', 'status', 'detail'],
    properties: {
      type: {
        type: 'string',
        description: 'A link into /api/docs, e.g. /api/docs#problem-not-found.',
      },
      title: { type: 'string' },
      status: { type: 'integer' },
      detail: { type: 'string' },
      parameter: { type: 'string' },
      column: { type: 'integer' },
      suggestions: { type: 'array', items: { type: 'object', properties: { id: {}, label: {} } } },
    },
  },
  Health: {
    type: 'object',
    properties: {
      status: { type: 'string' },
      nodes: { type: 'integer' },
      edges: { type: 'integer' },
    },
  },
  SerializedGraph: {
    type: 'object',
    description: "graphology's `export()` format.",
    required: ['nodes', 'edges'],
    properties: {
      options: { type: 'object' },
      attributes: { type: 'object' },
      nodes: {
        type: 'array',
        items: { type: 'object', properties: { key: { type: 'string' }, attributes: {} } },
      },
      edges: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            key: { type: 'string' },
            source: { type: 'string' },
            target: { type: 'string' },
            attributes: {},
          },
        },
      },
    },
  },
  EntitySearch: {
    type: 'object',
    properties: {
      results: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            ...NodeRef.properties,
            score: { type: 'number' },
            matched: { type: 'string' },
          },
        },
      },
    },
  },
  EntityDetail: {
    type: 'object',
    required: ['id', 'label', 'kind', 'relations', 'mentions'],
    properties: {
      ...NodeRef.properties,
      aliases: { type: 'array', items: { type: 'string' } },
      description: { type: 'string' },
      time: Time,
      importance: { type: 'number' },
      degree: { type: 'integer' },
      relations: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            relation: { type: 'string' },
            relations: { type: 'array', items: { type: 'object' } },
          },
        },
      },
      mentions: { type: 'array', items: { type: 'object' } },
    },
  },
  PathAnswer: {
    type: 'object',
    required: ['query', 'paths'],
    properties: {
      query: {
        type: 'object',
        properties: {
          from: Resolved,
          to: Resolved,
          via: { type: 'array', items: Resolved },
          k: { type: 'integer' },
          maxHops: { type: 'integer' },
          directed: { type: 'boolean' },
          filters: { type: 'object' },
        },
      },
      paths: {
        type: 'array',
        items: {
          type: 'object',
          required: ['nodes', 'hops', 'length', 'narrative'],
          properties: {
            nodes: { type: 'array', items: NodeRef },
            hops: {
              type: 'array',
              items: {
                ...HopEdge,
                properties: {
                  source: { type: 'string' },
                  target: { type: 'string' },
                  ...HopEdge.properties,
                  parallel: { type: 'array', items: HopEdge },
                },
              },
            },
            length: { type: 'integer' },
            narrative: {
              type: 'string',
              description: 'Plain text; citation [n] is hop n’s evidence.',
            },
          },
        },
      },
      reason: { type: 'string', description: 'Why `paths` is empty.' },
    },
  },
};
