// Subscribes a controller to the slice of the State it draws: it hears of a change only when one of its keys changed.
import type { Store } from './store.js';
import type { State } from '../types.js';

export type SliceListener<S = State> = (state: S, previous: S | null) => void;

/**
 * Calls `listener` now (previous null: draw everything) and after every change to one of `keys`; returns the
 * unsubscribe. Slices are compared by identity, as the producers replace what they change.
 */
export function watch<S = State>(
  store: Store<S>,
  keys: readonly (keyof S)[],
  listener: SliceListener<S>,
) {
  listener(store.get(), null);
  return store.subscribe((state, previous) => {
    if (keys.some((key) => state[key] !== previous[key])) listener(state, previous);
  });
}
