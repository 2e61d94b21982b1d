// One "from", "to" or waypoint field: a name typed freely, or an entity chosen from the list (its id kept beside it).
import { createCombobox, type ComboboxOptions } from '../combobox.js';
import { h } from '../dom.js';
import type { ExplorerGraph } from '../../types.js';

export interface EntityField {
  input: HTMLInputElement;
  /** The label and the input, with the combobox's list. */
  wrap: HTMLElement;
  /** The chosen entity's id, else the name as typed. */
  value(): string;
  /** Shows an id by its label (and keeps the id), anything else as typed. */
  set(idOrName: string): void;
}

/** The names typed are matched by `search` (the server's entity search, given by the controller). */
export type EntitySearch = ComboboxOptions['search'];

export function createEntityField(
  graph: ExplorerGraph,
  search: EntitySearch,
  name: string,
  labelText: string,
  placeholder: string,
): EntityField {
  const input = h('input', {
    id: `path-${name}`,
    name,
    type: 'text',
    class: 'input',
    placeholder,
    'aria-describedby': 'path-help',
  });
  // Typing after a choice drops it: the field then holds a name to match on the server.
  let chosen: string | null = null;
  input.addEventListener('input', () => (chosen = null));
  const wrap = h(
    'div',
    { class: 'field combobox' },
    h('label', { for: input.id }, labelText),
    input,
  );
  createCombobox({
    input,
    host: wrap,
    search,
    onChoose: (hit) => {
      input.value = hit.label;
      chosen = hit.id;
    },
  });
  return {
    input,
    wrap,
    value: () => chosen ?? input.value.trim(),
    set(idOrName) {
      const known = idOrName !== '' && graph.hasNode(idOrName);
      input.value = known ? graph.getNodeAttribute(idOrName, 'label') : idOrName;
      chosen = known ? idOrName : null;
    },
  };
}
