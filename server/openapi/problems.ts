// The problem responses of the OpenAPI document, one per status an operation can answer, from the contract's list.
import { PROBLEM_TYPES } from '../../contract/problem.js';
import { ref, type JsonSchema } from './schemas.js';

/** Each documented problem status, the problem types it stands for and its response's component name. */
const PROBLEM_RESPONSES = {
  400: { name: 'InvalidInput', types: [PROBLEM_TYPES.invalidInput, PROBLEM_TYPES.malformedJson] },
  // Writes only (server/write-guard.ts): every write route lists these four.
  401: { name: 'Unauthorized', types: [PROBLEM_TYPES.unauthorized] },
  403: { name: 'ReadOnly', types: [PROBLEM_TYPES.readOnly] },
  404: { name: 'NotFound', types: [PROBLEM_TYPES.notFound] },
  409: { name: 'Conflict', types: [PROBLEM_TYPES.conflict] },
  // The review's writes with `If-Match` (server/if-match.ts).
  412: { name: 'PreconditionFailed', types: [PROBLEM_TYPES.preconditionFailed] },
  413: { name: 'PayloadTooLarge', types: [PROBLEM_TYPES.payloadTooLarge] },
  415: { name: 'UnsupportedMediaType', types: [PROBLEM_TYPES.unsupportedMediaType] },
  // Path queries too costly; documents that cannot be read.
  422: {
    name: 'Unprocessable',
    types: [PROBLEM_TYPES.tooExpensive, PROBLEM_TYPES.invalidDocument],
  },
  429: { name: 'RateLimited', types: [PROBLEM_TYPES.rateLimited] },
  503: { name: 'Unavailable', types: [PROBLEM_TYPES.unavailable] },
} as const;

export type ProblemStatus = keyof typeof PROBLEM_RESPONSES;

export function problemResponseRef(status: ProblemStatus): JsonSchema {
  return { $ref: `#/components/responses/${PROBLEM_RESPONSES[status].name}` };
}

export function problemResponses(): JsonSchema {
  const out: JsonSchema = {};
  for (const { name, types } of Object.values(PROBLEM_RESPONSES)) {
    out[name] = {
      description: types.map((type) => `${type.title}: ${type.text}`).join(' Or — '),
      content: { 'application/problem+json': { schema: ref('Problem') } },
    };
  }
  return out;
}
