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
  const list = h('ul', { id: `${id}-list`, role: 'listbox', class: 'combobox-list', hidden: true });
  let shown: TypeOption[] = [];
  let active = -1;
  const open = (filter: string) => {
    const q = filter.trim().toLowerCase();
    shown = types.filter((t) => !q || t.id.includes(q) || t.label.toLowerCase().includes(q));
    replaceChildren(
      list,
      shown.map((t, i) =>
        h(
          'li',
          {
            id: `${id}-opt-${i}`,
            role: 'option',
            class: 'combobox-option',
            'aria-selected': 'false',
            'data-type': t.id,
          },
          t.label,
        ),
      ),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    move(shown.findIndex((t) => t.id === value));
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const move = (index: number) => {
    active = index;
    list
      .querySelectorAll('[role=option]')
      .forEach((el, i) => el.setAttribute('aria-selected', String(i === index)));
    const option = shown[index];
    if (!option) return input.removeAttribute('aria-activedescendant');
    input.setAttribute('aria-activedescendant', `${id}-opt-${index}`);
    list.children[index]?.scrollIntoView({ block: 'nearest' });
    field.preview(option.id);
  };
  const choose = (index: number) => {
    const option = shown[index];
    if (!option) return;
    value = option.id;
    input.value = option.label;
    close();
    field.chosen(option.id);
  };
  input.addEventListener('input', () => open(input.value));
  input.addEventListener('focus', () => open(''));
  input.addEventListener(
    'blur',
    () => (close(), field.preview(value), (input.value = labelOf(types, value))),
  );
  input.addEventListener('keydown', (event) =>
    onKey(event, {
      open,
      close,
      move,
      choose,
      input,
      active: () => active,
      count: () => shown.length,
      isOpen: () => !list.hidden,
    }),
  );
  // mousedown, not click: the input keeps its focus, so the list does not close first.
  list.addEventListener('mousedown', (event) => {
    const item = (event.target as Element).closest('[role=option]');
    if (!item) return;
    event.preventDefault();
    choose([...list.children].indexOf(item));
  });
  list.addEventListener('mousemove', (event) => {
    const item = (event.target as Element).closest('[role=option]');
    const index = item ? [...list.children].indexOf(item) : -1;
    if (index >= 0 && index !== active) move(index);
  });
  return h(
    'div',
    { class: 'combobox-host type-field' },
    h('label', { for: id, class: 'dialog-label' }, 'Type'),
    input,
    list,
  );
}

interface Keys {
  open(filter: string): void;
  close(): void;
  move(index: number): void;
  choose(index: number): void;
  input: HTMLInputElement;
  active(): number;
  count(): number;
  isOpen(): boolean;
}

/** Arrows move (wrapping) and preview, Enter chooses, Escape closes the list before it closes the form. */
function onKey(event: KeyboardEvent, keys: Keys): void {
  const count = keys.count();
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    if (!keys.isOpen()) return keys.open('');
    const step = event.key === 'ArrowDown' ? 1 : -1;
    if (count) keys.move((keys.active() + step + count) % count);
  } else if (event.key === 'Enter' && keys.isOpen()) {
    event.preventDefault();
    keys.choose(Math.max(0, keys.active()));
  } else if (event.key === 'Escape' && keys.isOpen()) {
    event.preventDefault();
    event.stopPropagation();
    keys.close();
  }
}

function labelOf(types: readonly TypeOption[], id: string): string {
  return types.find((t) => t.id === id)?.label ?? id;
}
