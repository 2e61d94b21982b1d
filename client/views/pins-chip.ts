// The chip that says which nodes are pinned and unpins them: the selected one, or all at once.
import { h, icon, replaceChildren } from './dom.js';
import { unpinAll, unpinNode } from '../state/pins.js';
import type { Store } from '../state/store.js';
import type { ExplorerGraph, State } from '../types.js';

export function createPinsChip(root: HTMLElement, graph: ExplorerGraph, store: Store) {
  return (state: State): void => {
    const pinned = Object.keys(state.pins).filter((id) => graph.hasNode(id));
    root.hidden = pinned.length === 0;
    if (!pinned.length) return replaceChildren(root);
    const selected = state.selection?.type === 'node' ? state.selection.id : null;
    const labelOf = (id: string) => graph.getNodeAttribute(id, 'label');
    replaceChildren(
      root,
      h(
        'span',
        { class: 'pins-count' },
        pinned.length === 1 ? `${labelOf(pinned[0]!)} pinned` : `${pinned.length} nodes pinned`,
      ),
      selected && selected in state.pins && pinned.length > 1
        ? h(
            'button',
            {
              type: 'button',
              class: 'link-button',
              onclick: () => store.update(unpinNode(selected)),
            },
            `Unpin ${labelOf(selected)}`,
          )
        : null,
      h(
        'button',
        { type: 'button', class: 'link-button', onclick: () => store.update(unpinAll()) },
        icon('close'),
        pinned.length === 1 ? 'Unpin' : 'Unpin all',
      ),
    );
  };
}
