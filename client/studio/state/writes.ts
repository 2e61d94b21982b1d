// The writes the studio sends, as data: what the effects turn into requests, undo records and a conflict re-applies.
import type {
  EntityPatch,
  NewEntity,
  NewRelation,
  RelationPatch,
} from '../../../contract/annotations.js';

/** One change of the document's annotations; `said` is how the live region and the history name it. */
export type Write = { said: string } & (
  | { type: 'patch-relation'; id: string; body: RelationPatch }
  | { type: 'new-relation'; body: NewRelation }
  | { type: 'delete-relation'; id: string }
  | { type: 'new-entity'; body: NewEntity }
  | { type: 'patch-entity'; id: string; body: EntityPatch }
  | { type: 'restore'; version: string }
  | { type: 'draft' }
);

/** The request a write is: method, the path under /api/documents/:slug, and the JSON body. */
export function requestOf(write: Write): { method: string; path: string; body?: unknown } {
  switch (write.type) {
    case 'patch-relation':
      return { method: 'PATCH', path: `relations/${enc(write.id)}`, body: write.body };
    case 'new-relation':
      return { method: 'POST', path: 'relations', body: write.body };
    case 'delete-relation':
      return { method: 'DELETE', path: `relations/${enc(write.id)}` };
    case 'new-entity':
      return { method: 'POST', path: 'entities', body: write.body };
    case 'patch-entity':
      return { method: 'PATCH', path: `entities/${enc(write.id)}`, body: write.body };
    case 'restore':
      return { method: 'POST', path: `history/${enc(write.version)}/restore` };
    case 'draft':
      return { method: 'POST', path: 'draft' };
  }
}

const enc = encodeURIComponent;
