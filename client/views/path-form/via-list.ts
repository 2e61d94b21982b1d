// The waypoints between "from" and "to": add (up to the API's limit), remove, and move up or down.
import { PATH_LIMITS } from '../../../graph/query/request.js';
import { moveVia } from '../../state/path.js';
import { h, icon, replaceChildren } from '../dom.js';
import { createEntityField, type EntityField, type EntitySearch } from './entity-field.js';
import type { ExplorerGraph } from '../../types.js';

export interface ViaList {
  /** The ordered list of waypoint fields. */
  list: HTMLOListElement;
  /** "Add a waypoint", disabled at the limit. */
  add: HTMLButtonElement;
  fields(): readonly EntityField[];
  /** Replaces the waypoints with these ids or names. */
  show(values: readonly string[]): void;
}

export function createViaList(graph: ExplorerGraph, search: EntitySearch): ViaList {
  let fields: EntityField[] = [];
  const list = h('ol', { class: 'via-list', 'aria-label': 'Waypoints, in order' });
  const newField = (value = '') => {
    const field = createEntityField(graph, search, 'via', 'Via', 'a waypoint');
    field.set(value);
    return field;
  };
  const render = () => {
    replaceChildren(
      list,
      fields.map((field, i) => viaRow(field, i, fields.length, { reorder, remove })),
    );
    add.disabled = fields.length >= PATH_LIMITS.via.max;
  };
  // The fields themselves move, each keeping the entity chosen in it.
  const reorder = (i: number, delta: number) => {
    fields = moveVia(fields, i, delta);
    render();
    fields[i + delta]?.input.focus();
  };
  const remove = (i: number) => {
    fields.splice(i, 1);
    render();
    (fields[Math.min(i, fields.length - 1)]?.input ?? add).focus();
  };
  const add = h(
    'button',
    {
      type: 'button',
      class: 'link-button',
      onclick: () => {
        const field = newField();
        fields.push(field);
        render();
        field.input.focus();
      },
    },
    icon('plus'),
    'Add a waypoint',
  );
  render();
  return {
    list,
    add,
    fields: () => fields,
    show(values) {
      fields = values.map((value) => newField(value));
      render();
    },
  };
}

interface RowActions {
  reorder(i: number, delta: number): void;
  remove(i: number): void;
}

function viaRow(field: EntityField, i: number, count: number, actions: RowActions): HTMLElement {
  field.input.id = `path-via-${i}`;
  const label = field.wrap.querySelector('label')!;
  label.setAttribute('for', field.input.id);
  label.textContent = `Via ${count > 1 ? i + 1 : ''}`.trim();
  const button = (name: string, text: string, onclick: () => void, disabled = false) =>
    h(
      'button',
      { type: 'button', class: 'icon-button', 'aria-label': text, disabled, onclick },
      icon(name),
    );
  return h(
    'li',
    { class: 'via-row' },
    field.wrap,
    h(
      'div',
      { class: 'via-buttons' },
      button('up', `Move waypoint ${i + 1} up`, () => actions.reorder(i, -1), i === 0),
      button('down', `Move waypoint ${i + 1} down`, () => actions.reorder(i, 1), i === count - 1),
      button('close', `Remove waypoint ${i + 1}`, () => actions.remove(i)),
    ),
  );
}
