// The problem responses of the OpenAPI document, one per status an operation can answer, from the contract's list.
import { PROBLEM_TYPES } from '../../contract/problem.js';
import { ref, type JsonSchema } from './schemas.js';

/** Each documented problem status, the problem type it stands for and its response's component name. */
const PROBLEM_RESPONSES = {
  400: { name: 'InvalidInput', type: PROBLEM_TYPES.invalidInput },
  // Writes only (server/write-guard.ts): every write route lists these four.
  401: { name: 'Unauthorized', type: PROBLEM_TYPES.unauthorized },
  403: { name: 'ReadOnly', type: PROBLEM_TYPES.readOnly },
  404: { name: 'NotFound', type: PROBLEM_TYPES.notFound },
  413: { name: 'PayloadTooLarge', type: PROBLEM_TYPES.payloadTooLarge },
  415: { name: 'UnsupportedMediaType', type: PROBLEM_TYPES.unsupportedMediaType },
  422: { name: 'TooExpensive', type: PROBLEM_TYPES.tooExpensive },
  429: { name: 'RateLimited', type: PROBLEM_TYPES.rateLimited },
  503: { name: 'Unavailable', type: PROBLEM_TYPES.unavailable },
} as const;

export type ProblemStatus = keyof typeof PROBLEM_RESPONSES;

export function problemResponseRef(status: ProblemStatus): JsonSchema {
  return { $ref: `#/components/responses/${PROBLEM_RESPONSES[status].name}` };
}

export function problemResponses(): JsonSchema {
  const out: JsonSchema = {};
  for (const { name, type } of Object.values(PROBLEM_RESPONSES)) {
    out[name] = {
      description: `${type.title}: ${type.text}`,
      content: { 'application/problem+json': { schema: ref('Problem') } },
    };
  }
  return out;
}
