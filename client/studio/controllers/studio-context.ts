// What every studio controller is given: the store, the review sync (the one place of fetches), and the disposer.
import type { Disposer } from '../../lifecycle/disposer.js';
import type { Store } from '../../state/store.js';
import type { ReviewSync } from '../effects/review-sync.js';
import type { StudioState } from '../state/studio-state.js';

export interface StudioContext {
  /** Subscriptions made through it end with the studio. */
  store: Store<StudioState>;
  sync: ReviewSync;
  disposer: Disposer;
  /** Says a message in the live region and shows it as a toast. */
  tell(message: string): void;
}
