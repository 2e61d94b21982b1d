// The side panel's tabs (a bottom sheet on a phone), the reader's show/hide toggle and the legend's fold.
import { showTab } from '../state/selection.js';
import { watch } from '../state/watch.js';
import { byId } from '../views/dom.js';
import { PHONE, openSheet, type ExplorerContext } from './context.js';
import type { PanelTab } from '../types.js';

export function connectPanel({ store, renderer, disposer }: ExplorerContext): void {
  // Only the tab buttons: <body data-tab> names the open tab and must not get a click handler of its own.
  for (const tab of document.querySelectorAll<HTMLButtonElement>('button[data-tab]')) {
    disposer.listen(tab, 'click', () => {
      const name = tab.dataset.tab as PanelTab;
      const open = document.body.dataset.sheet === 'open';
      if (PHONE.matches && open && store.get().tab === name) return openSheet(false);
      store.update(showTab(name));
      openSheet(true);
    });
  }
  // WAI-ARIA tabs: arrow keys move between the panel's tabs.
  disposer.listen(byId('panel').querySelector('.tabs')!, 'keydown', (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const next: PanelTab = store.get().tab === 'paths' ? 'details' : 'paths';
    store.update(showTab(next));
    byId(`tab-btn-${next}`).focus();
  });
  disposer.listen(byId('sheet-close'), 'click', () => openSheet(false));
  disposer.add(watch(store, ['tab'], (state) => showPanel(state.tab)));
  const readerToggle = byId('reader-toggle');
  const readerShown = () => getComputedStyle(byId('reader')).display !== 'none';
  disposer.listen(readerToggle, 'click', () => {
    // The flip inverts this width's default: the essay is shown on wide screens, hidden on narrower ones.
    document.body.classList.toggle('reader-flip');
    readerToggle.setAttribute('aria-pressed', String(readerShown()));
    requestAnimationFrame(() => renderer.sigma.resize());
  });
  readerToggle.setAttribute('aria-pressed', String(readerShown()));
  connectLegendFold(disposer);
}

function connectLegendFold(disposer: ExplorerContext['disposer']): void {
  // On a narrow stage the legend starts folded, so that it does not cover the graph.
  if (byId('graph').clientWidth < 1000) {
    byId('legend').classList.add('collapsed');
    byId('legend-collapse').setAttribute('aria-expanded', 'false');
  }
  disposer.listen(byId('legend-collapse'), 'click', () => {
    const collapsed = byId('legend').classList.toggle('collapsed');
    byId('legend-collapse').setAttribute('aria-expanded', String(!collapsed));
  });
}

function showPanel(tab: PanelTab): void {
  document.body.dataset.tab = tab;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-tab]')) {
    const selected = button.dataset.tab === tab;
    button.setAttribute('aria-selected', String(selected));
    button.tabIndex = selected ? 0 : -1;
  }
}
