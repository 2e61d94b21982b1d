// The panels that redraw from one slice each: details, legend, time bar, comparison, pins, reader, focus chip.
import { clearFilters, toggleKind, toggleModality, toggleRelation } from '../state/filters.js';
import { focusOn } from '../state/selection.js';
import { sentencesInView } from '../state/sentences.js';
import { watch } from '../state/watch.js';
import { renderDetails } from '../views/details-panel.js';
import { byId } from '../views/dom.js';
import { renderFocusChip } from '../views/focus-chip.js';
import { createLegend } from '../views/legend.js';
import type { Reader } from '../views/reader.js';
import { createTimeBar } from '../views/time-bar.js';
import { createYearCompare } from '../views/year-compare.js';
import type { ExplorerActions } from './actions.js';
import type { ExplorerContext } from './context.js';
import type { Pins } from '../pins.js';
import type { EntityKind, Modality } from '../types.js';

export function connectSidePanels(
  ctx: ExplorerContext,
  actions: ExplorerActions,
  reader: Reader,
  pins: Pins,
): void {
  const { graph, store, article, disposer } = ctx;
  const details = byId('tab-details');
  disposer.add(
    watch(store, ['selection', 'year', 'focus'], (state) =>
      renderDetails(details, graph, article, state, actions),
    ),
  );
  const legendActions = {
    toggleKind: (kind: EntityKind) => store.update(toggleKind(kind)),
    toggleModality: (modality: Modality) => store.update(toggleModality(modality)),
    toggleRelation: (relation: string) => store.update(toggleRelation(relation)),
    showAll: () => store.update(clearFilters()),
  };
  disposer.add(watch(store, ['filters'], createLegend(byId('legend-body'), graph, legendActions)));
  disposer.add(createTimeBar(byId('timebar'), graph, store));
  disposer.add(watch(store, ['compare'], createYearCompare(byId('year-compare'), graph, store)));
  disposer.add(watch(store, ['pins'], (state) => pins.place(state)));
  disposer.add(watch(store, ['pins', 'selection'], (state) => pins.renderChip(state)));
  disposer.add(
    watch(store, ['selection', 'path'], (state) =>
      reader.highlight(sentencesInView(graph, state), true),
    ),
  );
  const chipActions = {
    focus: (id: string | null, depth?: number) => store.update(focusOn(id, depth)),
  };
  disposer.add(
    watch(store, ['focus', 'focusDepth'], (state) => renderFocusChip(state, graph, chipActions)),
  );
}
