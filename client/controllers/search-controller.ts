// The search box in the top bar: entities matched on the server, the chosen one selected.
import { searchEntities } from '../api.js';
import { createCombobox } from '../views/combobox.js';
import { byId } from '../views/dom.js';
import type { ExplorerActions } from './actions.js';
import { openSheet } from './context.js';

export function connectSearch(actions: ExplorerActions, stopped: AbortSignal): void {
  const search = byId<HTMLInputElement>('search');
  createCombobox({
    input: search,
    search: (q, signal) => searchEntities(q, signal),
    signal: stopped,
    onChoose: (hit) => {
      search.value = hit.label;
      actions.selectNode(hit.id);
      openSheet(true);
    },
  });
}
