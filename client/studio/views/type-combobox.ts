// The relation type field: a WAI-ARIA combobox over the vocabulary; moving through it previews the sentence.
import { h, replaceChildren } from '../../views/dom.js';

/** One type of the vocabulary as the field lists it. */
export interface TypeOption {
  id: string;
  label: string;
}

export interface TypeField {
  /** Previews `id` as the reader moves (arrows, pointer); `chosen` when Enter or a click settles it. */
  preview(id: string): void;
  chosen(id: string): void;
}

let counter = 0;

/** The field's popup: the types shown (filtered), the active one, and the moves the keys and the pointer make. */
interface TypeList {
  open(filter: string): void;
  close(): void;
  /** Closes, the chosen type shown and previewed again (Escape, leaving the field). */
  settle(): void;
  move(index: number): void;
  choose(index: number): void;
  active(): number;
  count(): number;
  isOpen(): boolean;
}

/** Builds the field (label, input, listbox); typing filters the types by their id or wording. */
export function typeCombobox(
  types: readonly TypeOption[],
  value: string,
  field: TypeField,
): HTMLElement {
  const id = `type-field-${++counter}`;
  const input = h('input', {
    id,
    class: 'input',
    role: 'combobox',
    'aria-expanded': 'false',
    'aria-controls': `${id}-list`,
    'aria-autocomplete': 'list',
    autocomplete: 'off',
    spellcheck: 'false',
    value: labelOf(types, value),
  });
  const listbox = h('ul', {
    id: `${id}-list`,
    role: 'listbox',
    class: 'combobox-list',
    hidden: true,
  });
  const state = { value };
  const list = typeList(id, types, input, listbox, field, state);
  input.addEventListener('input', () => list.open(input.value));
  // The whole name is selected on focus: typing replaces it, as a search over the types.
  input.addEventListener('focus', () => (input.select(), list.open('')));
  input.addEventListener('blur', () => list.settle());
  input.addEventListener('keydown', (event) => onKey(event, list));
  listenToPointer(listbox, list);
  return h(
    'div',
    { class: 'combobox-host type-field' },
    h('label', { for: id, class: 'dialog-label' }, 'Type'),
    input,
    listbox,
  );
}

/** The field's parts and what it holds: the types shown (filtered), the active one, the one chosen. */
interface Parts {
  id: string;
  types: readonly TypeOption[];
  input: HTMLInputElement;
  listbox: HTMLUListElement;
  field: TypeField;
  state: { value: string };
  shown: TypeOption[];
  active: number;
}

function typeList(
  id: string,
  types: readonly TypeOption[],
  input: HTMLInputElement,
  listbox: HTMLUListElement,
  field: TypeField,
  state: { value: string },
): TypeList {
  const parts: Parts = { id, types, input, listbox, field, state, shown: [], active: -1 };
  const list: TypeList = {
    open(filter) {
      const q = filter.trim().toLowerCase();
      parts.shown = types.filter(
        (t) => !q || t.id.includes(q) || t.label.toLowerCase().includes(q),
      );
      replaceChildren(
        listbox,
        parts.shown.map((t, i) => optionOf(id, t, i)),
      );
      listbox.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      list.move(parts.shown.findIndex((t) => t.id === state.value));
    },
    close() {
      listbox.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    },
    settle() {
      list.close();
      field.preview(state.value);
      input.value = labelOf(types, state.value);
    },
    move: (index) => moveTo(parts, index),
    choose(index) {
      const option = parts.shown[index];
      if (!option) return;
      state.value = option.id;
      input.value = option.label;
      list.close();
      field.chosen(option.id);
    },
    active: () => parts.active,
    count: () => parts.shown.length,
    isOpen: () => !listbox.hidden,
  };
  return list;
}

/** Makes option `index` the active one (none: -1) and previews its sentence. */
function moveTo(parts: Parts, index: number): void {
  const { id, input, listbox, field } = parts;
  parts.active = index;
  listbox
    .querySelectorAll('[role=option]')
    .forEach((el, i) => el.setAttribute('aria-selected', String(i === index)));
  const option = parts.shown[index];
  if (!option) return input.removeAttribute('aria-activedescendant');
  input.setAttribute('aria-activedescendant', `${id}-opt-${index}`);
  listbox.children[index]?.scrollIntoView({ block: 'nearest' });
  field.preview(option.id);
}

function optionOf(id: string, type: TypeOption, index: number): HTMLElement {
  return h(
    'li',
    {
      id: `${id}-opt-${index}`,
      role: 'option',
      class: 'combobox-option',
      'aria-selected': 'false',
      'data-type': type.id,
    },
    type.label,
  );
}

/** mousedown, not click: the input keeps its focus, so the list does not close first; hovering previews. */
function listenToPointer(listbox: HTMLUListElement, list: TypeList): void {
  const indexOf = (event: Event) => {
    const item = (event.target as Element).closest('[role=option]');
    return item ? [...listbox.children].indexOf(item) : -1;
  };
  listbox.addEventListener('mousedown', (event) => {
    const index = indexOf(event);
    if (index < 0) return;
    event.preventDefault();
    list.choose(index);
  });
  listbox.addEventListener('mousemove', (event) => {
    const index = indexOf(event);
    if (index >= 0 && index !== list.active()) list.move(index);
  });
}

/** Arrows move (wrapping) and preview, Enter chooses, Escape closes the list before it closes the form. */
function onKey(event: KeyboardEvent, list: TypeList): void {
  const count = list.count();
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    if (!list.isOpen()) return list.open('');
    const step = event.key === 'ArrowDown' ? 1 : -1;
    if (count) list.move((list.active() + step + count) % count);
  } else if (event.key === 'Enter' && list.isOpen()) {
    event.preventDefault();
    list.choose(Math.max(0, list.active()));
  } else if (event.key === 'Escape' && list.isOpen()) {
    event.preventDefault();
    list.settle();
  }
}

function labelOf(types: readonly TypeOption[], id: string): string {
  return types.find((t) => t.id === id)?.label ?? id;
}
