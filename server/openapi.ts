// The OpenAPI 3.1 document of the API, built from the zod schemas that validate each route's parameters.
import { z } from 'zod';
import { API_OPERATIONS, type ApiOperation } from './openapi/operations.js';
import { problemResponseRef, problemResponses } from './openapi/problems.js';
import { SCHEMAS, type JsonSchema } from './openapi/schemas.js';
import { EDIT_TOKEN_SCHEME, securitySchemes } from './openapi/security.js';

export { API_OPERATIONS };

let cached: JsonSchema | null = null;

export function openApiDocument(): JsonSchema {
  cached ??= buildDocument();
  return cached;
}

function buildDocument(): JsonSchema {
  const paths: Record<string, unknown> = {};
  for (const op of API_OPERATIONS) {
    const method = op.method ?? 'get';
    paths[op.path] = { ...(paths[op.path] as object | undefined), [method]: operationObject(op) };
  }
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
    components: {
      schemas: SCHEMAS,
      responses: problemResponses(),
      securitySchemes: securitySchemes(),
    },
  };
}

function operationObject(op: ApiOperation): JsonSchema {
  const content = {
    [op.response.contentType ?? 'application/json']: { schema: op.response.schema },
  };
  const responses: Record<string, unknown> = {
    [op.status ?? 200]: {
      description: op.response.description,
      ...(op.versioned ? { headers: { ETag: VERSION_ETAG } } : {}),
      content,
    },
  };
  for (const { status, description } of op.alsoAnswers ?? [])
    responses[status] = { description, content };
  for (const status of op.problems) responses[status] = problemResponseRef(status);
  const write = (op.method ?? 'get') !== 'get';
  return {
    operationId: operationId(op.method ?? 'get', op.path),
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    parameters: [
      ...parametersOf(op.pathParams, 'path'),
      ...parametersOf(op.query, 'query'),
      ...(op.versioned && write ? [IF_MATCH] : []),
    ],
    ...(op.body ? { requestBody: requestBody(op.body) } : {}),
    ...(write || op.editToken ? { security: [{ [EDIT_TOKEN_SCHEME]: [] }] } : {}),
    responses,
  };
}

const VERSION_ETAG = {
  description: 'The version of the annotations file (a hash of its bytes), for `If-Match`.',
  schema: { type: 'string' },
};

const IF_MATCH = {
  name: 'If-Match',
  in: 'header',
  required: false,
  description:
    'The `ETag` (or `version`) of the annotations the change was made against: when the file changed since, the ' +
    'answer is 412 and nothing is written. Without it the change applies to the file as it is.',
  schema: { type: 'string' },
};

function requestBody(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return { required: true, content: { 'application/json': { schema: json } } };
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

function operationId(method: string, path: string): string {
  const words = path
    .replace(/^\/api\//, '')
    .split(/[^a-z0-9]+/i)
    .filter(Boolean);
  return method + words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}
