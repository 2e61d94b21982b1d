// Checks a real API answer against the response schema the OpenAPI document declares for its route and status.
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Response } from 'supertest';
import { openApiDocument } from '../../server/openapi.js';

interface ResponseObject {
  $ref?: string;
  content?: Record<string, { schema: unknown }>;
}

type Method = 'get' | 'post' | 'patch' | 'delete';

const document = openApiDocument() as {
  paths: Record<string, Partial<Record<Method, { responses: Record<string, ResponseObject> }>>>;
  components: { responses: Record<string, ResponseObject> };
};
// Not strict: the document is OpenAPI, whose own keywords (paths, components…) are no JSON Schema keywords.
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema(document, 'openapi');

const pointer = (...parts: string[]) =>
  parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/** Each route and status the document declares, as `/api/paths 422` (GET) or `post /api/documents 201`. */
export function documentedPairs(): string[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).flatMap(([method, operation]) =>
      Object.keys(operation.responses).map((status) =>
        method === 'get' ? `${path} ${status}` : `${method} ${path} ${status}`,
      ),
    ),
  );
}

/** The schema errors of `res` against what the document says `path` answers with its status ([] when it fits). */
export function undocumentedIn(path: string, res: Response, method: Method = 'get'): string[] {
  const responses = document.paths[path]?.[method]?.responses;
  let response = responses?.[res.status];
  if (!response) return [`the document declares no ${res.status} for ${method} ${path}`];
  let base = pointer('paths', path, method, 'responses', String(res.status));
  if (response.$ref) {
    const name = response.$ref.split('/').pop()!;
    response = document.components.responses[name]!;
    base = pointer('components', 'responses', name);
  }
  const mediaType = Object.keys(response.content ?? {})[0]!;
  const type = String(res.headers['content-type'] ?? '').split(';')[0]!;
  if (mediaType !== '*/*' && mediaType !== type)
    return [`${path} ${res.status} is ${type}, documented as ${mediaType}`];
  const validate = ajv.compile({
    $ref: `openapi#/${base}/${pointer('content', mediaType, 'schema')}`,
  });
  const body: unknown = type.endsWith('json') ? res.body : res.text;
  if (validate(body)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}
