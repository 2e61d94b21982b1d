// The sigma renderer: draws the graph from the State through the reducers and turns pointer events into producers.
import Sigma from 'sigma';
import { EdgeLineProgram } from 'sigma/rendering';
import type { Margins } from './camera-padding.js';
import { EDGE_PROGRAMS } from './edge-programs.js';
import { edgeNearPoint } from './edge-near-point.js';
import { frameNodes } from './framing.js';
import { computeGraphView } from './graph-view.js';
import { createLabelDrawers } from './label-drawing.js';
import { createReducers, EDGE_TYPE, type Reducers } from './reducers.js';
import { hoverEdge, hoverNode, select } from '../state/selection.js';
import type { Store } from '../state/store.js';
import type {
  CameraView,
  ExplorerGraph,
  GraphAttributes,
  NodeAttributes,
  Producer,
  State,
  Theme,
} from '../types.js';
import type { ClientEdgeAttributes } from '../types.js';

/** Above this many edges, edges are hidden while the camera moves so that panning stays smooth. */
export const LARGE_GRAPH_EDGES = 5_000;

export interface GraphRenderer {
  /** Large graphs skip hover emphasis: dimming 25,000 items on every pointer move costs more than it shows. */
  large: boolean;
  sigma: Sigma<NodeAttributes, ClientEdgeAttributes, GraphAttributes>;
  render(state: State): void;
  setTheme(theme: Theme): void;
  /** Centres the camera on a node, or puts it at `anchor` (viewport pixels) when a sheet covers the centre. */
  focusNode(id: string, anchor?: { x: number; y: number }): void;
  /** Frames nodes clear of the panels, animated. */
  fitNodes(ids: string[]): void;
  /** The same, at once (the first view). */
  frameNow(ids: string[]): void;
  setCamera(view: CameraView | null, animate?: boolean): void;
  cameraView(): CameraView;
  zoom(direction: 1 | -1 | 0): void;
  onCameraChange(listener: (view: CameraView) => void): void;
  kill(): void;
}

/** Panels float over the graph: the camera frames nodes in what they leave free (none, by default). */
const NO_MARGINS = (): Margins => ({ top: 0, right: 0, bottom: 0, left: 0 });

export function createGraphRenderer(
  graph: ExplorerGraph,
  container: HTMLElement,
  store: Store,
  initialTheme: Theme,
  margins: () => Margins = NO_MARGINS,
): GraphRenderer {
  let theme = initialTheme;
  let reducers: Reducers = createReducers(computeGraphView(graph, store.get()), store.get(), theme);
  const large = graph.size > LARGE_GRAPH_EDGES;
  const sigma = createSigma(
    graph,
    container,
    large,
    () => theme,
    () => reducers,
  );
  connectPointer(sigma, graph, container, store, large);
  // Display data (framed coordinates) is only up to date after a render: camera moves wait for a pending one.
  let pending = false;
  sigma.on('afterRender', () => (pending = false));
  const whenDrawn = (fn: () => void) => (pending ? sigma.once('afterRender', fn) : fn());
  const moves = cameraMoves(sigma, graph, margins, whenDrawn);
  const cameraListeners: ((view: CameraView) => void)[] = [];
  sigma.getCamera().on('updated', (s) => {
    for (const listener of cameraListeners) listener({ x: s.x, y: s.y, ratio: s.ratio });
  });
  const render = (next: State) => {
    const state = large ? { ...next, hoveredNode: null, hoveredEdge: null } : next;
    reducers = createReducers(computeGraphView(graph, state), state, theme);
    pending = true;
    sigma.refresh({ skipIndexation: true, schedule: true });
  };
  return {
    large,
    sigma,
    render,
    setTheme(next) {
      theme = next;
      sigma.setSetting('edgeLabelColor', { color: theme.label });
      render(store.get());
    },
    ...moves,
    onCameraChange: (listener) => cameraListeners.push(listener),
    kill: () => sigma.kill(),
  };
}

type ExplorerSigma = Sigma<NodeAttributes, ClientEdgeAttributes, GraphAttributes>;

/** sigma with the explorer's look; the theme and the reducers are read at each draw, as they change. */
function createSigma(
  graph: ExplorerGraph,
  container: HTMLElement,
  large: boolean,
  theme: () => Theme,
  reducers: () => Reducers,
): ExplorerSigma {
  const labels = createLabelDrawers(theme);
  return new Sigma<NodeAttributes, ClientEdgeAttributes, GraphAttributes>(graph, container, {
    defaultEdgeType: EDGE_TYPE.solid,
    // A large graph trades curves, dashes and edge hovering for speed: plain lines, no edge picking pass.
    edgeProgramClasses: large
      ? { [EDGE_TYPE.solid]: EdgeLineProgram, [EDGE_TYPE.dashed]: EdgeLineProgram }
      : EDGE_PROGRAMS,
    enableEdgeEvents: !large,
    renderEdgeLabels: true,
    hideEdgesOnMove: large,
    zIndex: true,
    labelFont: 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif',
    labelSize: 13,
    labelWeight: '500',
    labelDensity: 0.4,
    labelGridCellSize: 140,
    labelRenderedSizeThreshold: 8,
    edgeLabelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
    edgeLabelSize: 11,
    edgeLabelColor: { color: theme().label },
    defaultDrawNodeLabel: labels.drawLabel,
    defaultDrawNodeHover: labels.drawHover,
    minCameraRatio: 0.05,
    maxCameraRatio: 4,
    stagePadding: 40,
    // A render scheduled just before the stage lost its size (the page being left, a frame hidden) would throw
    // "Container has no width" (it did in CI); sigma then draws into a 1-pixel stage, and the next render resizes.
    allowInvalidContainer: true,
    nodeReducer: (node, data) => reducers().nodeReducer(node, data),
    edgeReducer: (edge, data) => reducers().edgeReducer(edge, data),
  });
}

/** Hover and click become producers: hovering, selecting, and clearing on the empty stage. */
function connectPointer(
  sigma: ExplorerSigma,
  graph: ExplorerGraph,
  container: HTMLElement,
  store: Store,
  large: boolean,
): void {
  const hover = (producer: Producer, pointer: boolean) => {
    container.style.cursor = pointer ? 'pointer' : '';
    store.update(producer);
  };
  sigma.on('enterNode', ({ node }) => hover(hoverNode(node), true));
  sigma.on('leaveNode', () => hover(hoverNode(null), false));
  sigma.on('enterEdge', ({ edge }) => hover(hoverEdge(edge), true));
  sigma.on('leaveEdge', () => hover(hoverEdge(null), false));
  sigma.on('clickNode', ({ node }) => store.update(select({ type: 'node', id: node })));
  sigma.on('clickEdge', ({ edge }) => store.update(select({ type: 'edge', id: edge })));
  // A click just beside a thin line means that line: only a click clear of every line clears the selection.
  sigma.on('clickStage', ({ event }) => {
    const near = large ? null : edgeNearPoint(sigma, graph, event);
    store.update(select(near ? { type: 'edge', id: near } : null));
  });
}

type CameraMoves = Pick<
  GraphRenderer,
  'focusNode' | 'fitNodes' | 'frameNow' | 'setCamera' | 'cameraView' | 'zoom'
>;

function cameraMoves(
  sigma: ExplorerSigma,
  graph: ExplorerGraph,
  margins: () => Margins,
  whenDrawn: (fn: () => void) => void,
): CameraMoves {
  const camera = sigma.getCamera();
  /** The camera that shows `ids` clear of the panels, labels at the right included. */
  const frame = (ids: string[]) =>
    frameNodes(sigma as unknown as Sigma, ids, {
      margins: margins(),
      minRatio: sigma.getSetting('minCameraRatio') ?? 0.05,
      maxRatio: sigma.getSetting('maxCameraRatio') ?? 4,
    });
  const focusNode: CameraMoves['focusNode'] = (id, anchorAt) =>
    whenDrawn(() => {
      const target = focusTarget(sigma, graph, margins(), id, anchorAt);
      if (target) void camera.animate(target, { duration: 500 });
    });
  const fitNodes = (ids: string[]) => {
    const present = ids.filter((id) => graph.hasNode(id));
    if (present.length === 0) return;
    if (present.length === 1) return focusNode(present[0]!);
    whenDrawn(() => void camera.animate(frame(present), { duration: 500 }));
  };
  return {
    focusNode,
    fitNodes,
    setCamera(view, animate = false) {
      const target = view ? { ...view, angle: 0 } : { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
      if (animate) void camera.animate(target, { duration: 400 });
      else camera.setState(target);
    },
    cameraView() {
      const s = camera.getState();
      return { x: s.x, y: s.y, ratio: s.ratio };
    },
    zoom(direction) {
      if (direction === 1) void camera.animatedZoom({ duration: 250 });
      else if (direction === -1) void camera.animatedUnzoom({ duration: 250 });
      else fitNodes(graph.filterNodes((n) => sigma.getNodeDisplayData(n)?.hidden === false));
    },
    frameNow(ids) {
      const present = ids.filter((id) => graph.hasNode(id));
      if (present.length > 1) camera.setState(frame(present));
    },
  };
}

/** The camera that puts node `id` at `anchorAt` (the centre of what the panels leave free by default), zoomed in. */
function focusTarget(
  sigma: ExplorerSigma,
  graph: ExplorerGraph,
  m: Margins,
  id: string,
  anchorAt?: { x: number; y: number },
) {
  const { width, height } = sigma.getDimensions();
  const anchor = anchorAt ?? {
    x: m.left + (width - m.left - m.right) / 2,
    y: m.top + (height - m.top - m.bottom) / 2,
  };
  const data = graph.hasNode(id) ? sigma.getNodeDisplayData(id) : undefined;
  if (!data) return null;
  const ratio = Math.min(sigma.getCamera().getState().ratio, 0.6);
  const target = { x: data.x, y: data.y, ratio, angle: 0 };
  const centre = sigma.viewportToFramedGraph(
    { x: width / 2, y: height / 2 },
    { cameraState: target },
  );
  const at = sigma.viewportToFramedGraph(anchor, { cameraState: target });
  target.x += centre.x - at.x;
  target.y += centre.y - at.y;
  return target;
}
