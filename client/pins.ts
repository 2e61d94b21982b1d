// Wires pinning together: dragging a node pins it, the State's pins place nodes, the chip lists and unpins them.
import type Sigma from 'sigma';
import { enableNodeDrag } from './drawing/node-drag.js';
import { createPinPositions } from './drawing/pin-positions.js';
import type { GraphRenderer } from './drawing/graph-renderer.js';
import { createStoreActions } from './state/store-actions.js';
import type { Store } from './state/store.js';
import type { ExplorerGraph, State } from './types.js';
import { byId } from './views/dom.js';
import { createPinsChip } from './views/pins-chip.js';

export interface Pins {
  /** Puts the State's pins in place (after a change of pins, or a layout reset). */
  place(state: State): void;
  /** Redraws the chip (after a change of pins or selection). */
  renderChip(state: State): void;
  /** Stops listening for drags. */
  dispose(): void;
}

export function setUpPins(graph: ExplorerGraph, renderer: GraphRenderer, store: Store): Pins {
  const positions = createPinPositions(graph);
  const actions = createStoreActions(store);
  const renderChip = createPinsChip(byId('pins-chip'), graph, actions);
  positions.apply(store.get().pins);
  const dispose = enableNodeDrag(renderer.sigma as unknown as Sigma, {
    grab: (node) => positions.remember(node),
    move: (node, at) => graph.mergeNodeAttributes(node, at),
    drop: (node, at) => actions.pin(node, at),
  });
  return { place: (state) => positions.apply(state.pins), renderChip, dispose };
}
