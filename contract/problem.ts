// The API's error contract: the RFC 9457 Problem wire type and the one list of problem types server and client share.

/** RFC 9457 problem document, as every API error is sent. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  parameter?: string;
  suggestions?: { id: string; label: string }[];
  [extension: string]: unknown;
}

/** The page every problem type's URI points into; each type's anchor is a heading on it. */
const PROBLEM_DOCS_PAGE = '/api/docs';

export interface ProblemType {
  slug: string;
  /** The `type` of the problem document: the docs page and this type's anchor. */
  type: string;
  anchor: string;
  title: string;
  status: number;
  text: string;
}

function problemType(slug: string, status: number, title: string, text: string): ProblemType {
  const anchor = `problem-${slug}`;
  return { slug, type: `${PROBLEM_DOCS_PAGE}#${anchor}`, anchor, title, status, text };
}

export const PROBLEM_TYPES = {
  invalidInput: problemType(
    'invalid-input',
    400,
    'Invalid input',
    'A parameter is missing, malformed or out of bounds; `parameter` names it and, for a one-line query, `column` points at the culprit (1-based).',
  ),
  malformedJson: problemType(
    'malformed-json',
    400,
    'Malformed JSON',
    'The request body is not valid JSON (or not a JSON object or array); `detail` says where parsing failed.',
  ),
  unauthorized: problemType(
    'unauthorized',
    401,
    'Unauthorized',
    "A write (adding or deleting a document, reviewing its annotations) and the review reads (a document's annotations with their drafts, its history) need `Authorization: Bearer <token>` with the edit token; it was missing, not a Bearer token, or wrong. The answer carries `WWW-Authenticate: Bearer`. Other reads need no token.",
  ),
  readOnly: problemType(
    'read-only',
    403,
    'Read-only',
    'This server takes no writes (it runs with `READ_ONLY=1`); reading works as ever.',
  ),
  notFound: problemType(
    'not-found',
    404,
    'Not found',
    'No entity (or route) answers to the name given; `suggestions` lists the entities it most resembles.',
  ),
  payloadTooLarge: problemType(
    'payload-too-large',
    413,
    'Payload too large',
    'The request body is larger than the 2 MB a write may send.',
  ),
  unsupportedMediaType: problemType(
    'unsupported-media-type',
    415,
    'Unsupported media type',
    'A write with a body must send it as JSON (`Content-Type: application/json`).',
  ),
  conflict: problemType(
    'conflict',
    409,
    'Conflict',
    'The change clashes with the corpus as it is: a document of that name exists, or other documents still need what it alone declares.',
  ),
  preconditionFailed: problemType(
    'precondition-failed',
    412,
    'Precondition failed',
    'The annotations changed since the version named in `If-Match` (another write, or a hand edit of the file); nothing was written. `ETag` and `version` give the version on disk: read it again and redo the change.',
  ),
  invalidDocument: problemType(
    'invalid-document',
    422,
    'Invalid document',
    'The document could not be read into the corpus (no article in the page, a header value it cannot take); `problems` lists each with its file, line and fix.',
  ),
  tooExpensive: problemType(
    'too-expensive',
    422,
    'Query too expensive',
    'The search would exceed its work budget; lower `maxHops` or `k`, add waypoints or filters.',
  ),
  rateLimited: problemType(
    'rate-limited',
    429,
    'Too many requests',
    'The client made more requests (or, for `graph.svg` and `graph.png`, drawings; or writes) in a minute than it may; `Retry-After` says when to try again.',
  ),
  unavailable: problemType(
    'unavailable',
    503,
    'Service unavailable',
    'Too many drawings are waiting to be rendered, or the server is shutting down; `Retry-After` says when to try again.',
  ),
  badRequest: problemType(
    'bad-request',
    400,
    'Bad request',
    'The request itself could not be read (a malformed URL, headers too large, a request too slow); the status says which.',
  ),
  internal: problemType(
    'internal',
    500,
    'Internal error',
    'The server failed; the failure is logged. Never the answer to bad input.',
  ),
} as const satisfies Record<string, ProblemType>;

export type ProblemTypeName = keyof typeof PROBLEM_TYPES;

/** The types in documentation order. */
export const PROBLEM_TYPE_LIST: readonly ProblemType[] = Object.values(PROBLEM_TYPES);

/** A problem document of a listed type: its type URI and title come from the list, never retyped. */
export function problemOf(
  name: ProblemTypeName,
  detail: string,
  extra: Omit<Partial<Problem>, 'type' | 'title' | 'detail'> = {},
): Problem {
  const { type, title, status } = PROBLEM_TYPES[name];
  return { type, title, status, detail, ...extra };
}
