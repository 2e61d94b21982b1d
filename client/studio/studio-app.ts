// Starts the review studio for one document: the store, the review sync, one controller per part; returns the teardown.
import { editToken } from '../edit-token.js';
import { createDisposer } from '../lifecycle/disposer.js';
import { scopedStore } from '../lifecycle/scoped-store.js';
import { createStore, type Store } from '../state/store.js';
import { announce, toast } from '../views/toast.js';
import { connectEntities } from './controllers/entity-controller.js';
import { connectKeyboard } from './controllers/keyboard.js';
import { connectList } from './controllers/list-controller.js';
import { connectPanels } from './controllers/panel-controller.js';
import { createReviewActions } from './controllers/review-actions.js';
import type { StudioContext } from './controllers/studio-context.js';
import { connectText } from './controllers/text-controller.js';
import { startReviewSync } from './effects/review-sync.js';
import { loadFailed } from './state/review-load.js';
import { initialStudioState, type StudioState } from './state/studio-state.js';

declare global {
  interface Window {
    /** For the console and the browser tests: the studio's store and its teardown. */
    reviewStudio?: { store: Store<StudioState>; stop(): void };
  }
}

/** Words for a page opened without the edit link: reviewing writes, and writes need the token. */
const NO_TOKEN =
  'Reviewing needs the edit link the server printed at start: open it in this tab, then the studio again.';

export function startStudio(slug: string): () => void {
  const disposer = createDisposer();
  const store = createStore(initialStudioState(slug));
  const tell = (message: string) => {
    announce(message);
    toast(message);
  };
  const sync = startReviewSync(store, tell, disposer.signal);
  const ctx: StudioContext = { store: scopedStore(store, disposer), sync, disposer, tell };
  const actions = createReviewActions(ctx);
  const entities = connectEntities(ctx);
  connectText(ctx, actions, entities.addFromSelection);
  connectList(ctx, actions);
  connectPanels(ctx, actions);
  connectKeyboard(actions, disposer);
  const stop = () => disposer.dispose();
  window.reviewStudio = { store, stop };
  if (editToken() === null) store.update(loadFailed(NO_TOKEN));
  else void sync.load().then(() => (document.body.dataset.ready = 'true'));
  return stop;
}
