// Abuse protection for a public read-only API: per-client rate limits (429 problems) and read-only CORS.
import cors from 'cors';
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { problemOf } from '../contract/problem.js';
import { sendProblem } from './problem.js';

export interface RateLimitOptions {
  /** Requests a client may make per window. */
  limit: number;
  windowMs: number;
}

/** `what` names what is counted in the 429's detail: requests, or drawings for the render budget. */
export function rateLimiter(
  { limit, windowMs }: RateLimitOptions,
  what = 'requests',
): RequestHandler {
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // The library sets Retry-After itself; the body is a problem document like every other error.
    handler: (_req, res) =>
      sendProblem(
        res,
        problemOf(
          'rateLimited',
          `More than ${limit} ${what} in ${Math.round(windowMs / 1000)} s; retry after the delay in Retry-After.`,
        ),
      ),
  });
}

/** CORS for GET/HEAD only: the API never changes state, so no other method is ever allowed cross-origin. */
export function readOnlyCors(origins: '*' | string[]): RequestHandler {
  return cors({ origin: origins === '*' ? '*' : origins, methods: ['GET', 'HEAD'], maxAge: 600 });
}
