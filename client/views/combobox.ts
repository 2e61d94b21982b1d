// An accessible entity picker (WAI-ARIA 1.2 combobox with a listbox popup): keyboard, mouse, touch, screen reader.
import { foldName } from '../../graph/name-key.js';
import { KIND_COLORS } from '../../export/style.js';
import { KIND_SINGULAR } from '../../graph/kind-names.js';
import { h, replaceChildren } from './dom.js';
import { announce } from './toast.js';
import type { EntityHit } from '../types.js';

export interface ComboboxOptions {
  input: HTMLInputElement;
  search: (q: string, signal: AbortSignal) => Promise<EntityHit[]>;
  onChoose: (hit: EntityHit) => void;
  /** Where the listbox is attached; defaults to the input's parent. */
  host?: HTMLElement;
  /** Removes the input's listeners when aborted; a field that lives as long as the page needs none. */
  signal?: AbortSignal;
}

export interface Combobox {
  close(): void;
}

let counter = 0;
const DEBOUNCE_MS = 120;

export function createCombobox({
  input,
  search,
  onChoose,
  host,
  signal,
}: ComboboxOptions): Combobox {
  const id = `combobox-${++counter}`;
  const listbox = h('ul', {
    id: `${id}-list`,
    role: 'listbox',
    class: 'combobox-list',
    hidden: true,
  });
  (host ?? input.parentElement!).append(listbox);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('autocomplete', 'off');
  input.setAttribute('spellcheck', 'false');
  const list = createOptionList(id, input, listbox, onChoose);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inflight: AbortController | null = null;
  const query = () => {
    const q = input.value.trim();
    inflight?.abort();
    if (!q) return list.clear();
    const controller = new AbortController();
    inflight = controller;
    search(q, controller.signal)
      .then((results) => {
        // An answer arriving after the reader left the field must not pop the list open again.
        if (controller.signal.aborted || document.activeElement !== input) return;
        list.show(results, q);
      })
      .catch((error: unknown) => {
        if ((error as Error).name !== 'AbortError') list.clear();
      });
  };
  input.addEventListener(
    'input',
    () => {
      clearTimeout(timer);
      timer = setTimeout(query, DEBOUNCE_MS);
    },
    { signal },
  );
  input.addEventListener('keydown', (event) => onKey(event, input, list, query), { signal });
  input.addEventListener('blur', () => list.open(false), { signal });
  return { close: () => list.open(false) };
}

interface OptionList {
  open(value: boolean): void;
  setActive(index: number): void;
  choose(index: number): void;
  /** Shows the hits for `query` (or says none matched) and opens. */
  show(hits: EntityHit[], query: string): void;
  /** No hits, closed. */
  clear(): void;
  count(): number;
  active(): number;
  /** Open with options to move through. */
  expanded(): boolean;
  /** Open at all (perhaps only to say nothing matched). */
  isOpen(): boolean;
}

function createOptionList(
  id: string,
  input: HTMLInputElement,
  listbox: HTMLUListElement,
  onChoose: (hit: EntityHit) => void,
): OptionList {
  let hits: EntityHit[] = [];
  let active = -1;
  const list: OptionList = {
    open(value) {
      listbox.hidden = !value;
      input.setAttribute('aria-expanded', String(value));
      if (!value) list.setActive(-1);
    },
    setActive(index) {
      active = index;
      listbox.querySelectorAll('[role=option]').forEach((el, i) => {
        el.setAttribute('aria-selected', String(i === index));
        if (i === index) el.scrollIntoView({ block: 'nearest' });
      });
      if (index >= 0) input.setAttribute('aria-activedescendant', `${id}-opt-${index}`);
      else input.removeAttribute('aria-activedescendant');
    },
    choose(index) {
      const hit = hits[index];
      if (!hit) return;
      list.open(false);
      onChoose(hit);
    },
    show(results, query) {
      hits = results;
      replaceChildren(listbox, optionItems(id, hits, query, list.choose));
      list.open(true);
      announce(
        hits.length === 0
          ? `No entity matches ${query}.`
          : `${hits.length} ${hits.length === 1 ? 'entity' : 'entities'} found. Use the up and down arrows to choose.`,
      );
    },
    clear() {
      hits = [];
      list.open(false);
    },
    count: () => hits.length,
    active: () => active,
    expanded: () => !listbox.hidden && hits.length > 0,
    isOpen: () => !listbox.hidden,
  };
  return list;
}

function optionItems(
  id: string,
  hits: EntityHit[],
  query: string,
  choose: (index: number) => void,
): HTMLLIElement[] {
  if (hits.length === 0)
    return [
      h('li', { class: 'combobox-empty', role: 'presentation' }, `No entity matches “${query}”`),
    ];
  return hits.map((hit, i) =>
    h(
      'li',
      {
        id: `${id}-opt-${i}`,
        role: 'option',
        'aria-selected': 'false',
        class: 'combobox-option',
        // mousedown, not click: the input keeps its focus, so the listbox does not close first.
        onmousedown: (event: Event) => {
          event.preventDefault();
          choose(i);
        },
      },
      h('span', {
        class: 'kind-dot',
        style: `--dot:${KIND_COLORS[hit.kind]}`,
        'aria-hidden': 'true',
      }),
      h('span', { class: 'option-label' }, hit.label),
      foldName(hit.matched) !== foldName(hit.label) && hit.score < 1
        ? h('span', { class: 'option-matched' }, hit.matched)
        : null,
      h('span', { class: 'option-kind' }, KIND_SINGULAR[hit.kind]),
    ),
  );
}

/** WAI-ARIA combobox keys: arrows move (or open), Enter chooses, Escape closes then clears, Tab closes. */
function onKey(event: KeyboardEvent, input: HTMLInputElement, list: OptionList, query: () => void) {
  const expanded = list.expanded();
  const [active, count] = [list.active(), list.count()];
  switch (event.key) {
    case 'ArrowDown':
      event.preventDefault();
      if (!expanded) return input.value.trim() ? query() : undefined;
      list.setActive(event.altKey ? active : (active + 1) % count);
      break;
    case 'ArrowUp':
      event.preventDefault();
      if (expanded) list.setActive(active <= 0 ? count - 1 : active - 1);
      break;
    case 'Enter':
      if (expanded) {
        event.preventDefault();
        list.choose(active >= 0 ? active : 0);
      }
      break;
    case 'Escape':
      if (list.isOpen()) {
        event.preventDefault();
        list.open(false);
      } else if (input.value) input.value = '';
      break;
    case 'Tab':
      list.open(false);
      break;
  }
}
