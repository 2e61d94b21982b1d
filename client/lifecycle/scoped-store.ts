// A handle on the store whose subscriptions all end when its owner is disposed (for code that keeps no unsubscribe).
import type { Store } from '../state/store.js';
import type { Disposer } from './disposer.js';

export function scopedStore<S>(store: Store<S>, disposer: Disposer): Store<S> {
  return {
    get: store.get,
    update: store.update,
    listenerCount: store.listenerCount,
    subscribe: (listener) => disposer.add(store.subscribe(listener)),
  };
}
