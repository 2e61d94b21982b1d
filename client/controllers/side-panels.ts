// The panels that redraw from one slice each: details, legend, time bar, comparison, pins, focus chip.
import { createStoreActions } from '../state/store-actions.js';
import { watch } from '../state/watch.js';
import { renderDetails } from '../views/details-panel.js';
import { byId } from '../views/dom.js';
import { renderFocusChip } from '../views/focus-chip.js';
import { createLegend } from '../views/legend.js';
import { createTimeBar } from '../views/time-bar.js';
import { createYearCompare } from '../views/year-compare.js';
import type { ExplorerActions } from './actions.js';
import type { ExplorerContext } from './context.js';
import type { Pins } from '../pins.js';

export function connectSidePanels(
  ctx: ExplorerContext,
  actions: ExplorerActions,
  pins: Pins,
): void {
  const { graph, store, articleOf, disposer } = ctx;
  const details = byId('tab-details');
  disposer.add(
    watch(store, ['selection', 'year', 'focus', 'scope', 'articles'], (state) =>
      renderDetails(details, graph, articleOf, state, actions),
    ),
  );
  const storeActions = createStoreActions(store);
  const legend = createLegend(byId('legend-body'), graph, storeActions);
  disposer.add(watch(store, ['filters', 'scope'], legend));
  disposer.add(createTimeBar(byId('timebar'), graph, store, storeActions));
  disposer.add(
    watch(store, ['compare'], createYearCompare(byId('year-compare'), graph, store, storeActions)),
  );
  disposer.add(watch(store, ['pins'], (state) => pins.place(state)));
  disposer.add(watch(store, ['pins', 'selection'], (state) => pins.renderChip(state)));
  disposer.add(
    watch(store, ['focus', 'focusDepth'], (state) => renderFocusChip(state, graph, storeActions)),
  );
}
