// The review fixture (hand-written annotations beside the draft extractor's), on disk and as a writable copy.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A corpus root: a registry and the document `the-thaw`, whose drafts and rejected annotations await review. */
export const REVIEW_DRAFTS = 'tests/fixtures/review-drafts';
export const THAW = 'the-thaw';

/** A copy of the fixture in a temporary folder, for tests that write. */
export function reviewDraftsCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'review-drafts-'));
  cpSync(REVIEW_DRAFTS, dir, { recursive: true });
  return dir;
}
