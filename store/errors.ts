// Typed errors of the document store; doors (HTTP, CLI) map the class and its `code` to their own answer, never the message.
import { EssayGraphError } from '../graph/errors.js';

/**
 * - `exists`: the document (or a restored one) would take a slug that is already in use.
 * - `not-found`: the document, the trashed document or the corpus folder does not exist.
 * - `no-article`: the input holds no article text.
 * - `invalid-name`: a slug, a trash name or a file name is not of the allowed grammar.
 * - `invalid-metadata`: a header value is empty or malformed (a title, a URL, a timestamp).
 */
export type StoreErrorCode =
  'exists' | 'not-found' | 'no-article' | 'invalid-name' | 'invalid-metadata';

/** Something the store refused to do or could not find; `code` says which, the message says what and where. */
export class StoreError extends EssayGraphError {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
  }
}
