// The chip that says which nodes are pinned and unpins them: the selected one, or all at once.
import { h, icon, replaceChildren } from './dom.js';
import type { ExplorerGraph, State } from '../types.js';

export interface PinsChipActions {
  unpin(id: string): void;
  unpinAll(): void;
}

export function createPinsChip(root: HTMLElement, graph: ExplorerGraph, actions: PinsChipActions) {
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
              onclick: () => actions.unpin(selected),
            },
            `Unpin ${labelOf(selected)}`,
          )
        : null,
      h(
        'button',
        { type: 'button', class: 'link-button', onclick: actions.unpinAll },
        icon('close'),
        pinned.length === 1 ? 'Unpin' : 'Unpin all',
      ),
    );
  };
}
