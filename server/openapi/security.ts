// The OpenAPI security scheme of writes: the edit token as a Bearer token (reads need none).
import type { JsonSchema } from './schemas.js';

/** The scheme's name, for a write operation's `security: [{ editToken: [] }]`. */
export const EDIT_TOKEN_SCHEME = 'editToken';

export function securitySchemes(): JsonSchema {
  return {
    [EDIT_TOKEN_SCHEME]: {
      type: 'http',
      scheme: 'bearer',
      description:
        'The edit token: EDIT_TOKEN, or the one in the edit link the server prints at start when EDIT_TOKEN is unset. ' +
        'Only writes need it; a READ_ONLY server refuses every write (403).',
    },
  };
}
