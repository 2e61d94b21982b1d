// The gate every write route goes through: read-only mode, the write rate limit, the edit token, and a JSON body.
import express, {
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import { bearerTokenOf, tokenMatches } from './edit-token.js';
import { rateLimiter, type RateLimitOptions } from './protection.js';
import {
  MalformedJsonError,
  PayloadTooLargeError,
  ReadOnlyError,
  UnauthorizedError,
  UnsupportedMediaTypeError,
} from './write-errors.js';

export interface EditOptions {
  /** The token every write must bear; null refuses every write, like `readOnly`. */
  token: string | null;
  /** READ_ONLY: every write is refused (403), whatever token it bears. */
  readOnly: boolean;
  /** Writes per client per window (WRITE_RATE_LIMIT), on top of the /api limit; off when absent. */
  writeRateLimit?: RateLimitOptions;
}

/** The largest body a write may send: a long essay with its annotations fits many times over. */
const WRITE_BODY_LIMIT = '2mb';
const JSON_TYPE = 'application/json';

/** Reads pass every step untouched, so the guard may stand in front of a router that also answers GETs. */
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The handlers to put in front of a write route, in this order: read-only (403) first, as no request can change
 * that; the write rate limit (429) before the token, so it also bounds how fast a client can guess tokens; the
 * token (401) before any body is read, so a stranger cannot make the server read 2 MB; then the body's type (415),
 * size (413) and syntax (400). Build it once per app and share it between write routes: the rate limit counts all
 * writes of a client together. With no options (no `edit` given to createApp) every write is refused.
 */
export function writeGuard(options: EditOptions | undefined): RequestHandler[] {
  const steps: RequestHandler[] = [refuseWhenReadOnly(options)];
  if (options?.writeRateLimit) steps.push(rateLimiter(options.writeRateLimit, 'writes'));
  steps.push(requireEditToken(options?.token ?? null), requireJsonBody, parseJsonBody());
  return steps.map(forWritesOnly);
}

/**
 * The gate of the review's reads (a document's annotations with their drafts, its history): read-only (403) and
 * the edit token (401), for GETs too, as they show what the public does not see.
 */
export function editorGuard(options: EditOptions | undefined): RequestHandler[] {
  return [refuseWhenReadOnly(options), requireEditToken(options?.token ?? null)];
}

function forWritesOnly(step: RequestHandler): RequestHandler {
  return (req, res, next) => (READ_METHODS.has(req.method) ? next() : step(req, res, next));
}

function refuseWhenReadOnly(options: EditOptions | undefined): RequestHandler {
  const readOnly = !options || options.readOnly || options.token === null;
  return (_req, _res, next) => {
    next(readOnly ? new ReadOnlyError('This server is read-only: it takes no writes.') : undefined);
  };
}

function requireEditToken(token: string | null): RequestHandler {
  return (req, _res, next) => {
    const authorization = req.get('Authorization');
    const offered = bearerTokenOf(authorization);
    if (offered !== null && token !== null && tokenMatches(offered, token)) return next();
    const detail =
      authorization === undefined
        ? 'A write needs the edit token: send `Authorization: Bearer <token>`.'
        : offered === null
          ? 'The Authorization header is not `Bearer <token>`.'
          : 'The edit token is wrong.';
    next(new UnauthorizedError(detail, offered !== null));
  };
}

/** A body in another type than JSON is refused with 415 rather than silently left unread (and the write empty). */
const requireJsonBody: RequestHandler = (req, _res, next) => {
  if (!hasBody(req) || req.is(JSON_TYPE)) return next();
  const type = req.get('Content-Type') ?? 'none';
  next(
    new UnsupportedMediaTypeError(
      `The body must be JSON (${JSON_TYPE}), not ${type.slice(0, 100)}.`,
    ),
  );
};

/** A body is announced by its length (a POST with no body may say `Content-Length: 0`) or by chunked transfer. */
function hasBody(req: Request): boolean {
  return req.get('Transfer-Encoding') !== undefined || Number(req.get('Content-Length') ?? 0) > 0;
}

/** express.json, whose errors become the typed refusals the problem middleware knows. */
function parseJsonBody(): RequestHandler {
  const parse = express.json({ limit: WRITE_BODY_LIMIT, type: JSON_TYPE });
  return (req: Request, res: Response, next: NextFunction) =>
    parse(req, res, (error?: unknown) => next(error === undefined ? undefined : bodyError(error)));
}

function bodyError(error: unknown): unknown {
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.too.large')
    return new PayloadTooLargeError(
      `The body is larger than the ${WRITE_BODY_LIMIT.toUpperCase()} a write may send.`,
    );
  if (type === 'entity.parse.failed')
    return new MalformedJsonError(`The body is not a JSON object or array: ${messageOf(error)}`);
  if (type === 'charset.unsupported' || type === 'encoding.unsupported')
    return new UnsupportedMediaTypeError(`The body's ${messageOf(error)}.`);
  // Others (an aborted request, a wrong Content-Length) carry a 4xx status, which the problem middleware keeps.
  return error;
}

/** The parser's own words, short: V8 quotes the start of the body in them, which may be long. */
const messageOf = (error: unknown) => String((error as Error).message).slice(0, 200);
