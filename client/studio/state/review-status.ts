// The review decisions on relations and entities as writes, and the progress they make ("37 of 80 reviewed").
import type { ReviewAnnotations, ReviewRelation } from '../../../contract/annotations.js';
import type { ReviewStatus } from '../../../graph/types.js';
import type { Write } from './writes.js';
import { REVIEW_STATUS_NAMES } from '../../state/vocabulary.js';

/** Sets a relation's status; `sentence` names it for the live region ("Accepted: Khrushchev denounced Stalin"). */
export function decideRelation(
  relation: ReviewRelation,
  status: ReviewStatus,
  sentence: string,
): Write {
  return {
    type: 'patch-relation',
    id: relation.id,
    body: { status },
    said: `${REVIEW_STATUS_NAMES[status]}: ${sentence}`,
  };
}

/** Sets an entity's status (a draft entity accepted or rejected on its own). */
export function decideEntity(id: string, status: ReviewStatus, label: string): Write {
  return {
    type: 'patch-entity',
    id,
    body: { status },
    said: `${REVIEW_STATUS_NAMES[status]}: ${label}`,
  };
}

export interface Progress {
  reviewed: number;
  total: number;
}

/** Relations decided (accepted or rejected) out of all candidates of the document. */
export function reviewProgress(annotations: ReviewAnnotations | null): Progress {
  const relations = annotations?.relations ?? [];
  const reviewed = relations.filter((r) => r.status !== 'draft').length;
  return { reviewed, total: relations.length };
}

/** "37 of 80 reviewed". */
export function progressWords({ reviewed, total }: Progress): string {
  return `${reviewed} of ${total} reviewed`;
}
