// The camera that frames a set of nodes inside the part of the canvas the panels leave free, labels included.
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';
import type { Margins } from './camera-padding.js';

/** Nodes are framed a little inside the free area, so that their discs and halos are not cut. */
const INSET = 1.06;

export interface FrameOptions {
  margins: Margins;
  minRatio: number;
  maxRatio: number;
}

/** A node as framing sees it: its offset from the viewport's middle at ratio 1, and its label's width. */
interface Placed {
  x: number;
  y: number;
  /** Size in graph units; sigma draws it `sigma.scaleSize(size, ratio)` pixels wide. */
  size: number;
  /** Pixels the label takes to the right of the disc, when sigma draws it. */
  label: number;
  forceLabel: boolean;
}

/**
 * Viewport positions are an affine function of the camera: at ratio r about the same centre, a node's offset
 * from the middle is its offset at ratio 1 divided by r, and sigma scales discs by `scaleSize`. The ratio is the
 * smallest (closest view) at which the group, labels included, fits the free area; then the camera moves so that
 * the group's extent is centred in it.
 */
export function frameNodes(
  sigma: Sigma,
  nodes: string[],
  options: FrameOptions,
  withLabels = true,
): CameraState {
  const { width, height } = sigma.getDimensions();
  const m = options.margins;
  const free = { width: width - m.left - m.right, height: height - m.top - m.bottom };
  const placed = placeNodes(sigma, nodes, withLabels);
  const base = centreOf(sigma, nodes);
  const span = (r: number) => extents(sigma, placed, r);
  const fits = (r: number) => {
    const { x, y } = span(r);
    return (x.max - x.min) * INSET <= free.width && (y.max - y.min) * INSET <= free.height;
  };
  let [lo, hi] = [options.minRatio, options.maxRatio];
  if (fits(lo)) hi = lo;
  // Labels too wide for the screen at any zoom (a phone, a long name) are let go rather than shrinking the graph.
  if (!fits(hi))
    return withLabels ? frameNodes(sigma, nodes, options, false) : { ...base, ratio: hi, angle: 0 };
  for (let i = 0; i < 40 && hi - lo > 1e-4; i++) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) hi = mid;
    else lo = mid;
  }
  const ratio = hi;
  const { x: ex, y: ey } = span(ratio);
  // How far the group must move on screen for its middle to sit in the middle of the free area.
  const shift = {
    x: m.left + free.width / 2 - (width / 2 + (ex.min + ex.max) / 2),
    y: m.top + free.height / 2 - (height / 2 + (ey.min + ey.max) / 2),
  };
  const target: CameraState = { ...base, ratio, angle: 0 };
  // The camera goes to the point now shown `shift` away from the middle, which moves everything by `shift`.
  const centre = sigma.viewportToFramedGraph(
    { x: width / 2 - shift.x, y: height / 2 - shift.y },
    { cameraState: target },
  );
  return { ...target, x: centre.x, y: centre.y };
}

function centreOf(sigma: Sigma, nodes: string[]): { x: number; y: number } {
  const data = nodes.map((n) => sigma.getNodeDisplayData(n)!);
  return {
    x: data.reduce((s, d) => s + d.x, 0) / data.length,
    y: data.reduce((s, d) => s + d.y, 0) / data.length,
  };
}

function placeNodes(sigma: Sigma, nodes: string[], withLabels: boolean): Placed[] {
  const { width, height } = sigma.getDimensions();
  const cameraState: CameraState = { ...centreOf(sigma, nodes), ratio: 1, angle: 0 };
  const settings = sigma.getSettings();
  const context = document.createElement('canvas').getContext('2d');
  if (context)
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  return nodes.map((n) => {
    const d = sigma.getNodeDisplayData(n)!;
    const p = sigma.framedGraphToViewport(d, { cameraState });
    const label = withLabels && d.label && context ? context.measureText(d.label).width + 4 : 0;
    return {
      x: p.x - width / 2,
      y: p.y - height / 2,
      size: d.size,
      label,
      forceLabel: d.forceLabel,
    };
  });
}

/** The group's extent on both axes at ratio r, in pixels from the viewport's middle. */
function extents(sigma: Sigma, placed: Placed[], r: number) {
  const threshold = sigma.getSetting('labelRenderedSizeThreshold');
  const x = { min: Infinity, max: -Infinity };
  const y = { min: Infinity, max: -Infinity };
  for (const p of placed) {
    const size = sigma.scaleSize(p.size, r);
    // sigma only labels nodes drawn at least `labelRenderedSizeThreshold` wide, or forced ones.
    const label = p.forceLabel || size >= threshold ? p.label : 0;
    x.min = Math.min(x.min, p.x / r - size);
    x.max = Math.max(x.max, p.x / r + size + label);
    y.min = Math.min(y.min, p.y / r - size);
    y.max = Math.max(y.max, p.y / r + size);
  }
  return { x, y };
}
