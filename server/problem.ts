// RFC 9457 problem documents: the error middleware picks the status from the error's class, never its message.
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { InvalidInputError, NotFoundError, TooExpensiveError } from '../graph/errors.js';
import { UnavailableError } from './render-queue.js';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  parameter?: string;
  suggestions?: { id: string; label: string }[];
  [extension: string]: unknown;
}

const TYPE_BASE = '/api/docs#problem-';

export function sendProblem(res: Response, problem: Problem): void {
  res.status(problem.status).type('application/problem+json').json(problem);
}

export function problemFor(error: unknown): Problem {
  if (error instanceof InvalidInputError) {
    return {
      type: `${TYPE_BASE}invalid-input`,
      title: 'Invalid input',
      status: 400,
      detail: error.message,
      ...(error.parameter ? { parameter: error.parameter } : {}),
      ...(error.column !== undefined ? { column: error.column } : {}),
    };
  }
  if (error instanceof NotFoundError) {
    return {
      type: `${TYPE_BASE}not-found`,
      title: 'Not found',
      status: 404,
      detail: error.message,
      ...(error.parameter ? { parameter: error.parameter } : {}),
      suggestions: error.suggestions,
    };
  }
  if (error instanceof TooExpensiveError) {
    return {
      type: `${TYPE_BASE}too-expensive`,
      title: 'Query too expensive',
      status: 422,
      detail: error.message,
    };
  }
  if (error instanceof UnavailableError) {
    return {
      type: `${TYPE_BASE}unavailable`,
      title: 'Service unavailable',
      status: 503,
      detail: error.message,
    };
  }
  return httpErrorProblem(error) ?? internalProblem();
}

/** Errors raised by Express's own middleware (a malformed URL, a body too large) carry a 4xx status. */
function httpErrorProblem(error: unknown): Problem | null {
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status !== 'number' || status < 400 || status > 499) return null;
  return {
    type: `${TYPE_BASE}bad-request`,
    title: 'Bad request',
    status,
    detail: 'The request could not be read.',
  };
}

function internalProblem(): Problem {
  return {
    type: `${TYPE_BASE}internal`,
    title: 'Internal error',
    status: 500,
    detail: 'The server failed to answer; the failure has been logged.',
  };
}

export const notFoundRoute: RequestHandler = (req, res) => {
  sendProblem(res, {
    type: `${TYPE_BASE}not-found`,
    title: 'Not found',
    status: 404,
    detail: `No route answers ${req.method} ${req.originalUrl.split('?')[0]!.slice(0, 200)}.`,
  });
};

export const problemMiddleware: ErrorRequestHandler = (error, req, res, _next) => {
  const problem = problemFor(error);
  if (problem.status >= 500) req.log?.error({ err: error }, 'request failed');
  if (res.headersSent) return;
  if (error instanceof UnavailableError) res.set('Retry-After', String(error.retryAfterSeconds));
  sendProblem(res, problem);
};
