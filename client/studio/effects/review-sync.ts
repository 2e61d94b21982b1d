// The studio's one place of side effects: loading the document, sending each write with If-Match, undo, conflicts.
import {
  fetchAnnotationsHistory,
  fetchArticle,
  fetchReviewAnnotations,
  ProblemError,
  sendReviewWrite,
} from '../../api.js';
import type { ReviewAnnotations } from '../../../contract/annotations.js';
import { PROBLEM_TYPES } from '../../../contract/problem.js';
import { readableDetail } from '../../state/problem-words.js';
import type { Store } from '../../state/store.js';
import {
  conflicted,
  documentArrived,
  loadFailed,
  undone,
  keptVersionOf,
  writeFailed,
  writing,
  written,
} from '../state/review-load.js';
import type { StudioProducer, StudioState } from '../state/studio-state.js';
import { requestOf, type Write } from '../state/writes.js';

export interface ReviewSync {
  load(): Promise<void>;
  /**
   * Sends `write`; once answered, `then` runs on the new state (the cursor moves on after a decision). Resolves
   * to the words of a refusal (also told), or null once written.
   */
  send(write: Write, then?: StudioProducer): Promise<string | null>;
  /** Restores the version the last write replaced. */
  undo(): Promise<void>;
}

/** What each of the sync's steps works with: the store, the live region, the fetches of this document. */
interface Sync {
  store: Store<StudioState>;
  tell(message: string): void;
  signal: AbortSignal;
  /** The annotations as they are now. */
  fresh(): Promise<ReviewAnnotations>;
  /** Sends a write against the version held; answers the annotations after it and their version. */
  exchange(write: Write): Promise<{ annotations: ReviewAnnotations; version: string | null }>;
  /** Tells a failure, the keys free again; answers its words. */
  failed(error: unknown): string;
}

/** `tell` says what happened in the live region (and shows it); `signal` ends the loads in flight. */
export function startReviewSync(
  store: Store<StudioState>,
  tell: (message: string) => void,
  signal: AbortSignal,
): ReviewSync {
  const slug = store.get().slug;
  const fresh = () => fetchReviewAnnotations(slug, signal);
  const sync: Sync = {
    store,
    tell,
    signal,
    fresh,
    async exchange(write) {
      const answer = await sendReviewWrite(slug, requestOf(write), store.get().version);
      // A write answers the item it changed; the whole review (its endpoints accepted too) is read again.
      if (!isAnnotations(answer.body)) return { annotations: await fresh(), version: null };
      return { annotations: answer.body, version: answer.version ?? answer.body.version };
    },
    failed(error) {
      const words = wordsOf(error);
      if (signal.aborted) return words;
      store.update(writeFailed());
      tell(words);
      return words;
    },
  };
  return {
    load: () => load(sync),
    send: (write, then) => send(sync, write, then ?? same),
    undo: () => undo(sync),
  };
}

const same: StudioProducer = (s) => s;

async function send(sync: Sync, write: Write, then: StudioProducer): Promise<string | null> {
  const { store, tell } = sync;
  if (store.get().busy) return 'Wait for the last change.';
  store.update(writing());
  try {
    const { annotations, version } = await sync.exchange(write);
    store.update((s) => then(written(write, annotations, version)(s)));
    tell(write.said);
    return null;
  } catch (error) {
    if (!isStale(error)) return sync.failed(error);
    await onConflict(sync, write).catch(sync.failed);
    return 'The annotations changed elsewhere.';
  }
}

/** Restores the kept version the last write replaced, found in the document's history. */
async function undo(sync: Sync): Promise<void> {
  const { store, tell } = sync;
  const last = store.get().undo.at(-1);
  if (!last || store.get().busy)
    return tell(last ? 'Wait for the last change.' : 'Nothing to undo.');
  store.update(writing());
  try {
    const kept = keptVersionOf(await fetchAnnotationsHistory(store.get().slug), last.before);
    if (kept === null) throw new Error('The history no longer keeps the version before it.');
    const restore: Write = { type: 'restore', version: kept, said: `Undone: ${last.said}` };
    const { annotations, version } = await sync.exchange(restore);
    store.update(undone(annotations, version));
    tell(restore.said);
  } catch (error) {
    sync.failed(error);
    // Changed elsewhere since: what there was to undo is not what the file holds; show what it holds.
    if (isStale(error)) await load(sync);
  }
}

/** The article (offsets, verbatim text) and the annotations, together. */
async function load({ store, fresh, signal }: Sync): Promise<void> {
  try {
    const [article, annotations] = await Promise.all([
      fetchArticle(store.get().slug, signal),
      fresh(),
    ]);
    store.update(documentArrived(article, annotations));
  } catch (error) {
    if (!signal.aborted) store.update(loadFailed(wordsOf(error)));
  }
}

/** The file changed since our version; the fresh annotations come in and the write waits to be re-applied. */
async function onConflict({ store, fresh, tell }: Sync, write: Write): Promise<void> {
  store.update(conflicted(write, await fresh()));
  tell(
    'The annotations changed elsewhere and were reloaded. Your change was not applied: re-apply it?',
  );
}

/** The file changed since the version sent (the contract's `precondition-failed`, 412). */
function isStale(error: unknown): boolean {
  const { type, status } = PROBLEM_TYPES.preconditionFailed;
  return (
    error instanceof ProblemError &&
    (error.problem.type === type || error.problem.status === status)
  );
}

function isAnnotations(body: unknown): body is ReviewAnnotations {
  return (
    typeof body === 'object' &&
    body !== null &&
    Array.isArray((body as ReviewAnnotations).relations)
  );
}

function wordsOf(error: unknown): string {
  return error instanceof ProblemError ? readableDetail(error.problem.detail) : String(error);
}
