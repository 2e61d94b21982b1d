// Producers for what the reader points at: hover, selection, focus on a neighbourhood, the panel tab.
import { onSlice } from './slice.js';
import type { CameraView, PanelTab, Producer, Selection } from '../types.js';

export const hoverNode = (id: string | null): Producer => onSlice('hoveredNode', () => id);

export const hoverEdge = (id: string | null): Producer => onSlice('hoveredEdge', () => id);

export const select =
  (selection: Selection): Producer =>
  (state) => {
    if (sameSelection(state.selection, selection)) return state;
    return { ...state, selection, tab: selection ? 'details' : state.tab };
  };

export const focusOn =
  (id: string | null, depth = 1): Producer =>
  (state) => ({
    ...state,
    focus: id,
    focusDepth: Math.min(3, Math.max(1, Math.round(depth))),
    selection: id ? { type: 'node', id } : state.selection,
  });

export const showTab = (tab: PanelTab): Producer => onSlice('tab', () => tab);

function sameSelection(a: Selection, b: Selection): boolean {
  if (a === null || b === null) return a === b;
  return a.type === b.type && a.id === b.id;
}

export const setCamera = (camera: CameraView | null): Producer => onSlice('camera', () => camera);
