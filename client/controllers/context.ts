// What every explorer controller is given: the data, the store, the renderer, and where to register what it starts.
import type { GraphRenderer } from '../drawing/graph-renderer.js';
import type { Disposer } from '../lifecycle/disposer.js';
import type { Store } from '../state/store.js';
import type { ArticleLookup, ExplorerGraph } from '../types.js';

export interface ExplorerContext {
  graph: ExplorerGraph;
  /** Each document's article with its capitals restored, once it has arrived (a generated dataset has none). */
  articleOf: ArticleLookup;
  /** Subscriptions made through it end with the explorer. */
  store: Store;
  renderer: GraphRenderer;
  disposer: Disposer;
}

/** Phones show the panel as a bottom sheet, over the lower part of the graph. */
export const PHONE = window.matchMedia('(max-width: 760px)');

export function openSheet(open: boolean): void {
  document.body.dataset.sheet = open ? 'open' : 'closed';
}
