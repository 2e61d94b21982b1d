// The typed errors a write can be refused with; server/problem.ts maps each class to its problem and status.

/** Base class: every refusal of a write the guard raises on purpose. */
class WriteRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** No edit token, another scheme than Bearer, or the wrong token (401 with WWW-Authenticate). */
export class UnauthorizedError extends WriteRefusedError {
  /** The WWW-Authenticate challenge; RFC 6750 adds `error="invalid_token"` when a token was offered but is wrong. */
  readonly challenge: string;
  constructor(message: string, tokenOffered: boolean) {
    super(message);
    this.challenge = tokenOffered ? 'Bearer error="invalid_token"' : 'Bearer';
  }
}

/** The server is read-only: no token opens it (403). */
export class ReadOnlyError extends WriteRefusedError {}

/** The body is over the size a write may send (413). */
export class PayloadTooLargeError extends WriteRefusedError {}

/** The body is not JSON at all (415). */
export class UnsupportedMediaTypeError extends WriteRefusedError {}

/** The body says it is JSON but does not parse (400). */
export class MalformedJsonError extends WriteRefusedError {}

/** `If-Match` names another version of the annotations than the one on disk (412); `version` is the one there. */
export class PreconditionFailedError extends WriteRefusedError {
  constructor(
    message: string,
    readonly version: string,
  ) {
    super(message);
  }
}
