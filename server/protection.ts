// Abuse protection for a public API: per-client rate limits (429 problems) and CORS for reads only.
import cors from 'cors';
import type { Request, RequestHandler } from 'express';
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

const READ_METHODS = ['GET', 'HEAD'];

/**
 * CORS for reads only: GET/HEAD answers may be read cross-origin, but a write (POST, DELETE...) gets no CORS
 * header at all, and neither does its preflight. That matters: POST is a CORS-safelisted method, so a preflight
 * answered with `Allow-Methods: GET,HEAD` (and the request's headers echoed back) would still let it through.
 */
export function readOnlyCors(origins: '*' | string[]): RequestHandler {
  const readCors = cors({
    origin: origins === '*' ? '*' : origins,
    methods: READ_METHODS,
    maxAge: 600,
  });
  return (req, res, next) => {
    const method = isPreflight(req) ? req.get('Access-Control-Request-Method')! : req.method;
    if (READ_METHODS.includes(method.toUpperCase())) return readCors(req, res, next);
    if (isPreflight(req)) return void res.status(204).end();
    next();
  };
}

const isPreflight = (req: Request) =>
  req.method === 'OPTIONS' && req.get('Access-Control-Request-Method') !== undefined;
