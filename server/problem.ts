// RFC 9457 problem documents: the error middleware picks the status from the error's class, never its message.
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { problemOf, type Problem } from '../contract/problem.js';
import {
  ConflictError,
  CorpusError,
  InvalidInputError,
  NotFoundError,
  TooExpensiveError,
} from '../graph/errors.js';
import { StoreError } from '../store/errors.js';
import { etagOf } from './if-match.js';
import { UnavailableError } from './render-queue.js';
import {
  MalformedJsonError,
  PayloadTooLargeError,
  PreconditionFailedError,
  ReadOnlyError,
  UnauthorizedError,
  UnsupportedMediaTypeError,
} from './write-errors.js';

export type { Problem };

export function sendProblem(res: Response, problem: Problem): void {
  res.status(problem.status).type('application/problem+json').json(problem);
}

function problemFor(error: unknown): Problem {
  if (error instanceof InvalidInputError) {
    return problemOf('invalidInput', error.message, {
      ...(error.parameter ? { parameter: error.parameter } : {}),
      ...(error.column !== undefined ? { column: error.column } : {}),
    });
  }
  if (error instanceof NotFoundError) {
    return problemOf('notFound', error.message, {
      ...(error.parameter ? { parameter: error.parameter } : {}),
      suggestions: error.suggestions,
    });
  }
  if (error instanceof TooExpensiveError) return problemOf('tooExpensive', error.message);
  if (error instanceof ConflictError) return problemOf('conflict', error.message);
  if (error instanceof CorpusError)
    return problemOf('invalidDocument', error.message.split('\n')[0]!, {
      problems: error.problems.map(({ file, line, message, fix }) => ({
        file: shortFile(file),
        line,
        message,
        fix,
      })),
    });
  if (error instanceof StoreError) return storeProblem(error);
  if (error instanceof UnavailableError) return problemOf('unavailable', error.message);
  return writeRefusalProblem(error) ?? httpErrorProblem(error) ?? internalProblem();
}

/** The store's refusals, by code: the name taken, nothing to keep in the page, a header it cannot take. */
function storeProblem(error: StoreError): Problem {
  if (error.code === 'exists') return problemOf('conflict', error.message);
  if (error.code === 'not-found') return problemOf('notFound', error.message);
  if (error.code === 'no-article')
    return problemOf('invalidDocument', error.message, { problems: [] });
  return problemOf('invalidInput', error.message);
}

/** A corpus file as `<slug>/annotations.yaml`: where the server keeps its corpus is none of a client's business. */
function shortFile(file: string): string {
  return file.split(/[\\/]/).slice(-2).join('/');
}

/** The refusals of server/write-guard.ts, by class. */
function writeRefusalProblem(error: unknown): Problem | null {
  if (error instanceof UnauthorizedError) return problemOf('unauthorized', error.message);
  if (error instanceof ReadOnlyError) return problemOf('readOnly', error.message);
  if (error instanceof PayloadTooLargeError) return problemOf('payloadTooLarge', error.message);
  if (error instanceof UnsupportedMediaTypeError)
    return problemOf('unsupportedMediaType', error.message);
  if (error instanceof MalformedJsonError) return problemOf('malformedJson', error.message);
  if (error instanceof PreconditionFailedError)
    return problemOf('preconditionFailed', error.message, { version: error.version });
  return null;
}

/** Errors raised by Express's own middleware (a malformed URL, a body too large) carry a 4xx status. */
function httpErrorProblem(error: unknown): Problem | null {
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status !== 'number' || status < 400 || status > 499) return null;
  return problemOf('badRequest', 'The request could not be read.', { status });
}

function internalProblem(): Problem {
  return problemOf('internal', 'The server failed to answer; the failure has been logged.');
}

export const notFoundRoute: RequestHandler = (req, res) => {
  sendProblem(
    res,
    problemOf(
      'notFound',
      `No route answers ${req.method} ${req.originalUrl.split('?')[0]!.slice(0, 200)}.`,
    ),
  );
};

export const problemMiddleware: ErrorRequestHandler = (error, req, res, _next) => {
  const problem = problemFor(error);
  if (problem.status >= 500) req.log?.error({ err: error }, 'request failed');
  if (res.headersSent) return;
  if (error instanceof UnavailableError) res.set('Retry-After', String(error.retryAfterSeconds));
  if (error instanceof UnauthorizedError) res.set('WWW-Authenticate', error.challenge);
  if (error instanceof PreconditionFailedError) res.set('ETag', etagOf(error.version));
  sendProblem(res, problem);
};
