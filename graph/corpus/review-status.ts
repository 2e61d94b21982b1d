// Which annotations count: only accepted ones (a status absent or `accepted`) reach the graph and the public API.
import type { ReviewStatus } from '../types.js';

/** An annotation a person wrote has no status: it counts as accepted. */
export function statusOf(annotation: { status?: ReviewStatus | undefined }): ReviewStatus {
  return annotation.status ?? 'accepted';
}

export function isAccepted(annotation: { status?: ReviewStatus | undefined }): boolean {
  return statusOf(annotation) === 'accepted';
}

export function isDraft(annotation: { status?: ReviewStatus | undefined }): boolean {
  return statusOf(annotation) === 'draft';
}

export function isRejected(annotation: { status?: ReviewStatus | undefined }): boolean {
  return statusOf(annotation) === 'rejected';
}
