// The chip that says whose neighbours are shown, with the depth to show and a button back to the whole graph.
import { byId, h, icon, replaceChildren } from './dom.js';
import type { ExplorerGraph, State } from '../types.js';

export interface FocusChipActions {
  /** Focus on `id`'s neighbours `depth` deep, or on nothing (null). */
  focus(id: string | null, depth?: number): void;
}

export function renderFocusChip(state: State, graph: ExplorerGraph, actions: FocusChipActions) {
  const chip = byId('focus-chip');
  const focus = state.focus;
  if (!focus || !graph.hasNode(focus)) {
    chip.hidden = true;
    return;
  }
  chip.hidden = false;
  const depth = h(
    'select',
    { 'aria-label': 'Depth' },
    [1, 2, 3].map((d) => h('option', { value: d, selected: d === state.focusDepth }, d)),
  );
  depth.addEventListener('change', () => actions.focus(focus, Number(depth.value)));
  replaceChildren(
    chip,
    icon('focus'),
    h('span', {}, `Neighbours of ${graph.getNodeAttribute(focus, 'label')}`),
    h('label', { class: 'depth' }, 'depth ', depth),
    h(
      'button',
      {
        type: 'button',
        class: 'icon-button',
        'aria-label': 'Show the whole graph',
        onclick: () => actions.focus(null),
      },
      icon('close'),
    ),
  );
}
