// A minimal store: the current State, updates through pure producers, and listeners told of each change.
import type { Producer, State } from '../types.js';

export interface Store {
  get(): State;
  update(producer: Producer): void;
  subscribe(listener: (state: State, previous: State) => void): () => void;
  /** How many listeners are subscribed: a torn-down explorer leaves none. */
  listenerCount(): number;
}

export function createStore(initial: State): Store {
  let state = initial;
  const listeners = new Set<(state: State, previous: State) => void>();
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
