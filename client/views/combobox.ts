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
}

export interface Combobox {
  close(): void;
}

let counter = 0;
const DEBOUNCE_MS = 120;

export function createCombobox({ input, search, onChoose, host }: ComboboxOptions): Combobox {
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

  let hits: EntityHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inflight: AbortController | null = null;

  const open = (value: boolean) => {
    listbox.hidden = !value;
    input.setAttribute('aria-expanded', String(value));
    if (!value) setActive(-1);
  };
  const setActive = (index: number) => {
    active = index;
    listbox.querySelectorAll('[role=option]').forEach((el, i) => {
      el.setAttribute('aria-selected', String(i === index));
      if (i === index) el.scrollIntoView({ block: 'nearest' });
    });
    if (index >= 0) input.setAttribute('aria-activedescendant', `${id}-opt-${index}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    open(false);
    onChoose(hit);
  };
  const render = (query: string) => {
    if (hits.length === 0) {
      replaceChildren(
        listbox,
        h('li', { class: 'combobox-empty', role: 'presentation' }, `No entity matches “${query}”`),
      );
      open(true);
      announce(`No entity matches ${query}.`);
      return;
    }
    replaceChildren(
      listbox,
      hits.map((hit, i) =>
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
      ),
    );
    open(true);
    announce(
      `${hits.length} ${hits.length === 1 ? 'entity' : 'entities'} found. Use the up and down arrows to choose.`,
    );
  };
  const query = () => {
    const q = input.value.trim();
    inflight?.abort();
    if (!q) {
      hits = [];
      open(false);
      return;
    }
    const controller = new AbortController();
    inflight = controller;
    search(q, controller.signal)
      .then((results) => {
        // An answer arriving after the reader left the field must not pop the list open again.
        if (controller.signal.aborted || document.activeElement !== input) return;
        hits = results;
        render(q);
      })
      .catch((error: unknown) => {
        if ((error as Error).name !== 'AbortError') {
          hits = [];
          open(false);
        }
      });
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(query, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    const expanded = !listbox.hidden && hits.length > 0;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!expanded) return input.value.trim() ? query() : undefined;
        setActive(event.altKey ? active : (active + 1) % hits.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (expanded) setActive(active <= 0 ? hits.length - 1 : active - 1);
        break;
      case 'Enter':
        if (expanded) {
          event.preventDefault();
          choose(active >= 0 ? active : 0);
        }
        break;
      case 'Escape':
        if (!listbox.hidden) {
          event.preventDefault();
          open(false);
        } else if (input.value) {
          input.value = '';
        }
        break;
      case 'Tab':
        open(false);
        break;
    }
  });
  input.addEventListener('blur', () => open(false));
  return { close: () => open(false) };
}
