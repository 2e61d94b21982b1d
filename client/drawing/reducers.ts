// sigma's nodeReducer / edgeReducer: every visual change (dim, hide, emphasise, dash) comes from here, purely.
import { drawnDashed } from '../../export/style.js';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { YearChange } from '../../graph/query/compare-years.js';
import { YEAR_CHANGE_COLORS } from '../../export/style.js';
import type { ClientEdgeAttributes, GraphView, NodeAttributes, State, Theme } from '../types.js';

export interface Reducers {
  nodeReducer: (node: string, data: NodeAttributes) => Partial<NodeDisplayData>;
  edgeReducer: (edge: string, data: ClientEdgeAttributes) => Partial<EdgeDisplayData>;
}

/**
 * Claims, hypotheticals and questions are drawn dashed; the last two also fainter. sigma always registers its
 * default programs under 'arrow' and 'line'; giving ours those names replaces them, which saves compiling three
 * unused shader programs (about a tenth of a second on a software-rendered GPU).
 */
export const EDGE_TYPE = { solid: 'arrow', dashed: 'line' } as const;

export function createReducers(view: GraphView, state: State, theme: Theme): Reducers {
  const selected = state.selection;
  return {
    nodeReducer(node, data) {
      if (view.hiddenNodes.has(node)) return { ...data, hidden: true };
      const res: Partial<NodeDisplayData> = { ...data, hidden: false, zIndex: 1 };
      const isSelected = selected?.type === 'node' && selected.id === node;
      if (view.emphasisNodes) {
        if (view.emphasisNodes.has(node)) {
          res.forceLabel = true;
          res.zIndex = 2;
        } else {
          res.color = theme.dimNode;
          res.label = null;
          res.zIndex = 0;
        }
      } else if (view.isolatedNodes.has(node)) {
        res.color = theme.dimNode;
        res.label = null;
        res.zIndex = 0;
      } else if (view.labelActive) {
        res.forceLabel = true;
      }
      if (isSelected) {
        res.highlighted = true;
        res.forceLabel = true;
        res.zIndex = 3;
      }
      if (state.hoveredNode === node) res.zIndex = 3;
      return res;
    },
    edgeReducer(edge, data) {
      if (view.hiddenEdges.has(edge)) return { ...data, hidden: true };
      const res: Partial<EdgeDisplayData> = {
        ...data,
        hidden: false,
        label: null,
        zIndex: 1,
        type: drawnDashed(data.modality) ? EDGE_TYPE.dashed : EDGE_TYPE.solid,
      };
      if (data.modality === 'hypothetical' || data.modality === 'question')
        res.color = withAlpha(data.color, 0.6);
      const change = view.changes?.get(edge);
      if (change) Object.assign(res, changeLook(change, data.size));
      const isSelected = selected?.type === 'edge' && selected.id === edge;
      if (view.emphasisEdges) {
        if (view.emphasisEdges.has(edge)) {
          res.color = data.color;
          res.size = data.size * 2;
          res.zIndex = 2;
          if (view.labelEmphasisEdges) res.label = data.label;
        } else {
          res.color = theme.dimEdge;
          res.zIndex = 0;
        }
      }
      if (isSelected || state.hoveredEdge === edge) {
        res.size = data.size * 2.5;
        res.label = data.label;
        res.zIndex = 3;
      }
      return res;
    },
  };
}

/** Comparing two years, a relation is drawn in its change's colour; what began or ended stands out. */
function changeLook(change: YearChange, size: number): Partial<EdgeDisplayData> {
  const color = YEAR_CHANGE_COLORS[change];
  return change === 'held'
    ? { color: withAlpha(color, 0.45), size }
    : { color, size: size * 1.8, zIndex: 2 };
}

/** `#rrggbb` → `#rrggbbaa`, which sigma parses; other colour forms are returned unchanged. */
export function withAlpha(color: string, alpha: number): string {
  if (!/^#[0-9a-f]{6}$/i.test(color)) return color;
  const a = Math.round(Math.min(1, Math.max(0, alpha)) * 255)
    .toString(16)
    .padStart(2, '0');
  return `${color}${a}`;
}
