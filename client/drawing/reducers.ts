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
  return {
    nodeReducer: (node, data) => reduceNode(view, state, theme, node, data),
    edgeReducer: (edge, data) => reduceEdge(view, state, theme, edge, data),
  };
}

/** Hidden, dimmed (outside the emphasis, or isolated), labelled, or raised above the rest when selected or hovered. */
function reduceNode(
  view: GraphView,
  state: State,
  theme: Theme,
  node: string,
  data: NodeAttributes,
): Partial<NodeDisplayData> {
  if (view.hiddenNodes.has(node)) return { ...data, hidden: true };
  const res: Partial<NodeDisplayData> = { ...data, hidden: false, zIndex: 1 };
  const dim = () => Object.assign(res, { color: theme.dimNode, label: null, zIndex: 0 });
  if (view.emphasisNodes) {
    if (view.emphasisNodes.has(node)) Object.assign(res, { forceLabel: true, zIndex: 2 });
    else dim();
  } else if (view.isolatedNodes.has(node)) dim();
  else if (view.labelActive) res.forceLabel = true;
  if (state.selection?.type === 'node' && state.selection.id === node)
    Object.assign(res, { highlighted: true, forceLabel: true, zIndex: 3 });
  if (state.hoveredNode === node) res.zIndex = 3;
  return res;
}

/** Dashed for what is not stated as fact, coloured by a year comparison, widened and labelled when emphasised. */
function reduceEdge(
  view: GraphView,
  state: State,
  theme: Theme,
  edge: string,
  data: ClientEdgeAttributes,
): Partial<EdgeDisplayData> {
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
  if (view.emphasisEdges?.has(edge)) {
    Object.assign(res, { color: data.color, size: data.size * 2, zIndex: 2 });
    if (view.labelEmphasisEdges) res.label = data.label;
  } else if (view.emphasisEdges) Object.assign(res, { color: theme.dimEdge, zIndex: 0 });
  const isSelected = state.selection?.type === 'edge' && state.selection.id === edge;
  if (isSelected || state.hoveredEdge === edge)
    Object.assign(res, { size: data.size * 2.5, label: data.label, zIndex: 3 });
  return res;
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
