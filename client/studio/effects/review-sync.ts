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

/** `tell` says what happened in the live region (and shows it); `signal` ends the loads in flight. */
export function startReviewSync(
  store: Store<StudioState>,
  tell: (message: string) => void,
  signal: AbortSignal,
): ReviewSync {
  const slug = store.get().slug;
  const fresh = () => fetchReviewAnnotations(slug, signal);
  const failed = (error: unknown): string => {
    const words = wordsOf(error);
    if (signal.aborted) return words;
    store.update(writeFailed());
    tell(words);
    return words;
  };
  const exchange = async (write: Write) => {
    const answer = await sendReviewWrite(slug, requestOf(write), store.get().version);
    const annotations = isAnnotations(answer.body) ? answer.body : await fresh();
    const version = isAnnotations(answer.body) ? (answer.version ?? annotations.version) : null;
    return { annotations, version };
  };
  return {
    load: () => load(store, fresh, signal),
    async send(write, then) {
      if (store.get().busy) return 'Wait for the last change.';
      store.update(writing());
      try {
        const { annotations, version } = await exchange(write);
        store.update((s) => (then ?? same)(written(write, annotations, version)(s)));
        tell(write.said);
        return null;
      } catch (error) {
        if (!isStale(error)) return failed(error);
        await onConflict(store, write, fresh, tell).catch(failed);
        return 'The annotations changed elsewhere.';
      }
    },
    async undo() {
      const last = store.get().undo.at(-1);
      if (!last || store.get().busy)
        return tell(last ? 'Wait for the last change.' : 'Nothing to undo.');
      store.update(writing());
      try {
        const kept = keptVersionOf(await fetchAnnotationsHistory(slug), last.before);
        if (kept === null) throw new Error('The history no longer keeps the version before it.');
        const restore: Write = { type: 'restore', version: kept, said: `Undone: ${last.said}` };
        const { annotations, version } = await exchange(restore);
        store.update(undone(annotations, version));
        tell(restore.said);
      } catch (error) {
        failed(error);
        // Changed elsewhere since: what there was to undo is not what the file holds; show what it holds.
        if (isStale(error)) await load(store, fresh, signal);
      }
    },
  };
}

const same: StudioProducer = (s) => s;

/** The article (offsets, verbatim text) and the annotations, together. */
async function load(
  store: Store<StudioState>,
  fresh: () => Promise<ReviewAnnotations>,
  signal: AbortSignal,
): Promise<void> {
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
async function onConflict(
  store: Store<StudioState>,
  write: Write,
  fresh: () => Promise<ReviewAnnotations>,
  tell: (message: string) => void,
): Promise<void> {
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
