// The one place the path question goes to the API: every new "loading" status is fetched, its answer or problem stored.
import { fetchPaths, ProblemError } from '../api.js';
import { sameSend, sentRequest } from '../state/path-filters.js';
import { failPaths, receivePaths, rerunPath } from '../state/path.js';
import type { Store } from '../state/store.js';
import type { PathAnswer, PathRequest, Problem, State } from '../types.js';

export interface PathQueryHooks {
  /** After an answer is in the store (the explorer frames and announces it). */
  answered?(answer: PathAnswer): void;
  /** After a problem is in the store. */
  failed?(problem: Problem): void;
}

export interface PathQueries {
  /** Resolves once the question being asked now is answered or failed (at once when none is). */
  settled(): Promise<void>;
  /** Aborts the fetch in flight and stops listening. */
  dispose(): void;
}

/** Runs the store's path questions, shared by the explorer and the embed; a question already loading is run now. */
export function startPathQueries(store: Store, hooks: PathQueryHooks = {}): PathQueries {
  let inFlight: AbortController | null = null;
  let current: Promise<void> = Promise.resolve();
  const run = (state: State) => {
    inFlight?.abort();
    inFlight = null;
    const request = state.path.request;
    if (!request || state.path.status.type !== 'loading') return;
    inFlight = new AbortController();
    current = ask(store, request, sentRequest(request, state), inFlight.signal, hooks);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    // Every new "loading" status is a question to run, even one asked before (re-running it must not hang).
    if (state.path.status !== previous.path.status) return run(state);
    // The answer on screen was found under other filters: ask again (after this change has reached everyone).
    const filtersMoved =
      state.filters !== previous.filters ||
      state.year !== previous.year ||
      state.scope !== previous.scope;
    if (state.path.request && filtersMoved && !sameSend(state, previous))
      queueMicrotask(() => store.update(rerunPath()));
  });
  run(store.get());
  return {
    settled: () => current,
    dispose() {
      unsubscribe();
      inFlight?.abort();
    },
  };
}

async function ask(
  store: Store,
  request: PathRequest,
  sent: ReturnType<typeof sentRequest>,
  signal: AbortSignal,
  hooks: PathQueryHooks,
): Promise<void> {
  try {
    const answer = await fetchPaths(sent, signal);
    store.update(receivePaths(request, answer));
    hooks.answered?.(answer);
  } catch (error) {
    if ((error as Error).name === 'AbortError') return;
    const problem: Problem =
      error instanceof ProblemError
        ? error.problem
        : { type: 'about:blank', title: 'Error', status: 0, detail: String(error) };
    store.update(failPaths(request, problem));
    hooks.failed?.(problem);
  }
}
