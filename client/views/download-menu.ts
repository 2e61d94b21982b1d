// The Download menu: the view (path or filters) as a picture, a report or graph data, from the server's exports.
import { FORMAT_LIST, type FormatInfo } from '../../export/format-list.js';
import { exportHref } from '../state/view-links.js';
import type { Store } from '../state/store.js';
import { h, replaceChildren } from './dom.js';

/** A WAI-ARIA menu button: arrows move between items, Escape closes and gives focus back to the button. */
export function createDownloadMenu(
  button: HTMLButtonElement,
  menu: HTMLElement,
  store: Store,
  relationTypes: readonly string[],
  signal: AbortSignal,
): void {
  const items = () => [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  const isOpen = () => !menu.hidden;

  const close = (refocus: boolean) => {
    if (!isOpen()) return;
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (refocus) button.focus();
  };
  const open = (focusIndex: number) => {
    renderItems(menu, store, relationTypes, () => close(false));
    menu.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    const list = items();
    list.at(focusIndex)?.focus();
  };

  button.addEventListener('click', () => (isOpen() ? close(false) : open(0)), { signal });
  button.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        open(event.key === 'ArrowDown' ? 0 : -1);
      }
    },
    { signal },
  );
  menu.addEventListener(
    'keydown',
    (event) => {
      const list = items();
      const at = list.indexOf(document.activeElement as HTMLElement);
      const move = (to: number) => list[(to + list.length) % list.length]?.focus();
      if (event.key === 'ArrowDown') move(at + 1);
      else if (event.key === 'ArrowUp') move(at - 1);
      else if (event.key === 'Home') move(0);
      else if (event.key === 'End') move(-1);
      else if (event.key === 'Escape') close(true);
      else if (event.key === 'Tab') return close(false);
      else return;
      event.preventDefault();
    },
    { signal },
  );
  document.addEventListener(
    'pointerdown',
    (event) => {
      if (isOpen() && !menu.parentElement!.contains(event.target as Node)) close(false);
    },
    { signal },
  );
}

function renderItems(
  menu: HTMLElement,
  store: Store,
  relationTypes: readonly string[],
  onChoose: () => void,
): void {
  const state = store.get();
  const item = (d: FormatInfo) =>
    h(
      'a',
      {
        role: 'menuitem',
        class: 'menu-item',
        tabindex: '-1',
        href: exportHref(d.name, state, relationTypes),
        download: '',
        'data-export': d.name,
        onclick: onChoose,
      },
      h('span', { class: 'menu-label' }, d.label),
      h('span', { class: 'menu-hint' }, d.hint),
    );
  const group = (name: 'report' | 'data', label: string) =>
    h(
      'div',
      { role: 'group', 'aria-label': label },
      h('p', { class: 'menu-heading', 'aria-hidden': 'true' }, label),
      FORMAT_LIST.filter((d) => d.group === name).map(item),
    );
  replaceChildren(
    menu,
    group('report', 'Pictures and reports'),
    h('div', { role: 'separator', class: 'menu-separator' }),
    group('data', 'Graph data'),
  );
}
