// The drawn edge nearest a click, within a few pixels: a 1–2 px line (a dashed claim most of all) is hard to hit.
import type Sigma from 'sigma';
import type {
  ClientEdgeAttributes,
  ExplorerGraph,
  GraphAttributes,
  NodeAttributes,
} from '../types.js';

type ExplorerSigma = Sigma<NodeAttributes, ClientEdgeAttributes, GraphAttributes>;

/** How far from a line a click still picks it, in CSS pixels. */
const EDGE_PICK_TOLERANCE = 6;
const SAMPLES = 24;

interface Point {
  x: number;
  y: number;
}

/**
 * The curve as @sigma/edge-curve draws it: a quadratic bezier whose control point sits off the chord's middle by
 * `curvature` × the chord, on its left in sigma's GL space (y up), so on its right here (viewport y points down).
 */
function curvePoints(s: Point, t: Point, curvature: number): Point[] {
  const c = {
    x: (s.x + t.x) / 2 + (t.y - s.y) * curvature,
    y: (s.y + t.y) / 2 - (t.x - s.x) * curvature,
  };
  return Array.from({ length: SAMPLES + 1 }, (_, i) => {
    const u = i / SAMPLES;
    const v = 1 - u;
    return {
      x: v * v * s.x + 2 * v * u * c.x + u * u * t.x,
      y: v * v * s.y + 2 * v * u * c.y + u * u * t.y,
    };
  });
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** The visible edge closest to a viewport point, if one passes within the tolerance; else null. */
export function edgeNearPoint(
  sigma: ExplorerSigma,
  graph: ExplorerGraph,
  point: Point,
): string | null {
  let best: { edge: string; distance: number } | null = null;
  graph.forEachEdge((edge, attributes, source, target) => {
    const display = sigma.getEdgeDisplayData(edge);
    if (!display || display.hidden || source === target) return;
    const s = sigma.graphToViewport(graph.getNodeAttributes(source));
    const t = sigma.graphToViewport(graph.getNodeAttributes(target));
    const points = curvePoints(s, t, attributes.curvature ?? 0);
    for (let i = 1; i < points.length; i++) {
      const distance = distanceToSegment(point, points[i - 1]!, points[i]!);
      if (distance <= EDGE_PICK_TOLERANCE && (!best || distance < best.distance))
        best = { edge, distance };
    }
  });
  return (best as { edge: string } | null)?.edge ?? null;
}
