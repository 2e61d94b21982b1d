// Keeps the URL in step with the State: a new history entry per meaningful change, camera moves replace it.
import { EXPLORER_PARAMS } from '../contract/params.js';
import { restoreFromSearch, stateToSearch } from './state/url-state.js';
import type { Disposer } from './lifecycle/disposer.js';
import type { Store } from './state/store.js';
import type { State } from './types.js';

/** Changes this close together (dragging the year slider, playing it) share one history entry. */
const COALESCE_MS = 700;

/** Parameters that belong to the page, not to the view (the development dataset switch). */
const PAGE_PARAMS = ['dataset'];

/** Its subscription and its history listener end when `disposer` is disposed. */
export function syncUrl(store: Store, disposer: Disposer, onRestore: (state: State) => void): void {
  let restoring = false;
  let lastChange = -Infinity;
  const pageParams = () => {
    const current = new URLSearchParams(location.search);
    const kept = new URLSearchParams();
    for (const name of PAGE_PARAMS) {
      const value = current.get(name);
      if (value !== null) kept.set(name, value);
    }
    return kept;
  };
  const urlFor = (state: State) => {
    const params = pageParams();
    for (const [k, v] of new URLSearchParams(stateToSearch(state))) params.append(k, v);
    const search = params.toString();
    return `${location.pathname}${search ? `?${search}` : ''}`;
  };
  const withoutCamera = (url: string) => {
    const parsed = new URL(url, location.origin);
    parsed.searchParams.delete(EXPLORER_PARAMS.cam.name);
    return `${parsed.pathname}${parsed.search}`;
  };

  // The address bar says the view's documents from the start (an old link gains its `doc`), so it is the permalink.
  const opened = urlFor(store.get());
  if (opened !== `${location.pathname}${location.search}`)
    history.replaceState(history.state, '', `${opened}${location.hash}`);

  const unsubscribe = store.subscribe((state) => {
    if (restoring) return;
    const next = urlFor(state);
    const current = `${location.pathname}${location.search}`;
    if (next === current) return;
    const now = performance.now();
    const cameraOnly = withoutCamera(next) === withoutCamera(current);
    if (cameraOnly || now - lastChange < COALESCE_MS) history.replaceState(null, '', next);
    else history.pushState(null, '', next);
    if (!cameraOnly) lastChange = now;
  });
  disposer.add(unsubscribe);
  disposer.listen(window, 'popstate', () => {
    restoring = true;
    store.update(restoreFromSearch(location.search));
    restoring = false;
    onRestore(store.get());
  });
}
