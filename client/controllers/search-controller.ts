// The search box in the top bar: entities of the documents in view matched on the server, the chosen one selected.
import { searchEntities } from '../api.js';
import { apiScope } from '../state/documents.js';
import { createCombobox } from '../views/combobox.js';
import { byId } from '../views/dom.js';
import type { ExplorerActions } from './actions.js';
import { openSheet, type ExplorerContext } from './context.js';

export function connectSearch(
  actions: ExplorerActions,
  { store, disposer }: ExplorerContext,
): void {
  const search = byId<HTMLInputElement>('search');
  createCombobox({
    input: search,
    search: (q, signal) => searchEntities(q, apiScope(store.get()), signal),
    signal: disposer.signal,
    onChoose: (hit) => {
      search.value = hit.label;
      actions.selectNode(hit.id);
      openSheet(true);
    },
  });
}
