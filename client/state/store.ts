// A minimal store: the current state, updates through pure producers, and listeners told of each change.
import type { State } from '../types.js';

/** The explorer's State by default; the studio keeps its own state in the same kind of store. */
export interface Store<S = State> {
  get(): S;
  update(producer: (state: S) => S): void;
  subscribe(listener: (state: S, previous: S) => void): () => void;
  /** How many listeners are subscribed: a torn-down explorer leaves none. */
  listenerCount(): number;
}

export function createStore<S = State>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<(state: S, previous: S) => void>();
  return {
    get: () => state,
    update(producer) {
      const previous = state;
      const next = producer(state);
      if (next === previous) return;
      state = next;
      for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    listenerCount: () => listeners.size,
  };
}
