// Lays out a drawing of a view: node positions from the server layout, curved parallel edges, hop numbers, labels.
import { TooExpensiveError } from '../graph/errors.js';
import type { EntityKind, Polarity } from '../graph/types.js';
import { drawnDashed } from './style.js';
import type { ExportView } from './export-types.js';
import { oneLine, textWidth } from './text-metrics.js';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SceneNode {
  id: string;
  label: string;
  kind: EntityKind;
  color: string;
  x: number;
  y: number;
  r: number;
  importance: number;
  onPath: boolean;
  /** Context around a path, drawn pale. */
  faded: boolean;
}

export interface SceneEdge {
  id: string;
  /** SVG path data: a line, or a quadratic curve when two entities share several relations. */
  d: string;
  polarity: Polarity;
  /** Drawn dashed: a claim, a hypothetical or a question, as in the explorer (export/style.ts). */
  dashed: boolean;
  onPath: boolean;
  faded: boolean;
  /** Footnote number of a path hop; null for other edges. */
  hop: number | null;
  /** Where a hop's number sits: the curve's midpoint, or nearby on the curve when that is crowded. */
  mid: Point;
  /** Start, control and end points of the curve (a straight line has its control point halfway). */
  curve: [Point, Point, Point];
}

interface Point {
  x: number;
  y: number;
}

export interface SceneLabel {
  node: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  size: number;
  bold: boolean;
  faded: boolean;
}

export interface Scene {
  plot: Box;
  nodes: SceneNode[];
  edges: SceneEdge[];
  labels: SceneLabel[];
  /** Hop footnote numbers by edge key, in path order. */
  hopNumbers: Map<string, number>;
}

export const SCENE_DEFAULTS = {
  /** Room kept around the outermost nodes for their labels. */
  padding: 72,
  /** A path view shows only its entities: less room above and below, the frame fits them. */
  pathPadding: 48,
  minPlotHeight: 560,
  minPathPlotHeight: 300,
  /** A few entities need no more: a taller path is scaled to this height and centred across. */
  maxPathPlotHeight: 720,
  maxPlotHeight: 1100,
  /** Node radius = base + size × scale, from sigma's pixel sizes (4–18). */
  radius: { base: 2.5, scale: 0.85 },
  /** Distance between the curves of relations sharing the same two entities. */
  parallelSpacing: 26,
  /** The furthest a path hop bends to avoid passing over an entity. */
  maxDetour: 90,
  label: { size: 15, pathSize: 17, gap: 5 },
  /** Context entities of a path view are labelled only from this importance up; in a graph view, all are tried. */
  contextLabelMinImportance: 0,
  hopBadgeRadius: 13,
} as const;

/**
 * How big a drawing may get. Quotes are shortened (the report and the data formats keep them whole), and a
 * drawing taller than `maxHeight` units is refused rather than rasterized: a 590 KB quote drawn whole made a
 * 2400 × 123,231 px PNG, 40 s of CPU and 2.6 GB of memory.
 */
export const DRAWING_LIMITS = { quoteChars: 300, maxHeight: 10_000 } as const;

/** The quote cut at a word boundary to at most `quoteChars`, with an ellipsis when cut. */
export function drawnQuote(quote: string): string {
  if (quote.length <= DRAWING_LIMITS.quoteChars) return quote;
  const cut = quote.slice(0, DRAWING_LIMITS.quoteChars - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > DRAWING_LIMITS.quoteChars / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** Refuses (422) a drawing taller than `maxHeight` units. */
export function checkDrawingHeight(height: number): void {
  if (height > DRAWING_LIMITS.maxHeight)
    throw new TooExpensiveError(
      `This drawing would be ${height} units tall, taller than ${DRAWING_LIMITS.maxHeight}; ask for fewer paths (k) or export report.md.`,
    );
}

/** A rectangle of layout coordinates, y already flipped: sigma's y axis points up, SVG's down. */
interface Frame {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

function extent(points: { x: number; y: number }[]): Frame {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => -p.y);
  return {
    minX: Math.min(...xs),
    maxX: Math.max(...xs),
    minY: Math.min(...ys),
    maxY: Math.max(...ys),
  };
}

/**
 * What the plot shows: the extent of the view's entities. A path view holds only its paths' entities
 * (export/view.ts), so its frame fits the path, with nothing faded around it.
 */
function viewFrame(view: ExportView): Frame {
  return extent(view.graph.mapNodes((_, a) => a));
}

/** Room around the outermost entities: sideways, enough for the longest path label to sit beside its node. */
function paddingOf(view: ExportView, plot: Box): { x: number; y: number } {
  if (view.paths === null) return { x: SCENE_DEFAULTS.padding, y: SCENE_DEFAULTS.padding };
  const { label, pathPadding } = SCENE_DEFAULTS;
  const widest = Math.max(
    0,
    ...view.graph.mapNodes((_, a) => textWidth(oneLine(a.label), label.pathSize, true)),
  );
  return { x: Math.min(plot.w / 4, Math.max(pathPadding, widest + 40)), y: pathPadding };
}

function project(frame: Frame, plot: Box, pad: { x: number; y: number }) {
  const spanX = Math.max(frame.maxX - frame.minX, 1e-9);
  const spanY = Math.max(frame.maxY - frame.minY, 1e-9);
  const scale = Math.min((plot.w - 2 * pad.x) / spanX, (plot.h - 2 * pad.y) / spanY);
  const offsetX = plot.x + (plot.w - spanX * scale) / 2;
  const offsetY = plot.y + (plot.h - spanY * scale) / 2;
  return (x: number, y: number) => ({
    x: round(offsetX + (x - frame.minX) * scale),
    y: round(offsetY + (-y - frame.minY) * scale),
  });
}

/** The plot keeps the frame's aspect ratio within bounds, so tall and flat layouts both stay readable. */
export function plotHeight(view: ExportView, width: number): number {
  const isPath = view.paths !== null;
  const minPlotHeight = isPath ? SCENE_DEFAULTS.minPathPlotHeight : SCENE_DEFAULTS.minPlotHeight;
  const maxPlotHeight = isPath ? SCENE_DEFAULTS.maxPathPlotHeight : SCENE_DEFAULTS.maxPlotHeight;
  if (view.graph.order === 0) return minPlotHeight;
  const frame = viewFrame(view);
  const pad = paddingOf(view, { x: 0, y: 0, w: width, h: 0 });
  const spanX = frame.maxX - frame.minX;
  // The height at which the entities fill the width between the paddings: the drawing ends where they do.
  const ideal =
    spanX > 0 ? ((width - 2 * pad.x) * (frame.maxY - frame.minY)) / spanX + 2 * pad.y : 0;
  return Math.round(Math.min(maxPlotHeight, Math.max(minPlotHeight, ideal || minPlotHeight)));
}

export function buildScene(view: ExportView, plot: Box): Scene {
  const hopNumbers = numberHops(view);
  const pathNodes = new Set(view.paths?.flatMap((p) => p.nodes.map((n) => n.id)) ?? []);
  const isPathView = view.paths !== null;
  const at =
    view.graph.order > 0
      ? project(viewFrame(view), plot, paddingOf(view, plot))
      : () => ({ x: 0, y: 0 });
  const { radius } = SCENE_DEFAULTS;

  const nodes: SceneNode[] = view.graph.mapNodes((id, a) => ({
    id,
    label: a.label,
    kind: a.kind,
    color: a.color,
    ...at(a.x, a.y),
    r: round(radius.base + a.size * radius.scale),
    importance: a.importance,
    onPath: pathNodes.has(id),
    faded: isPathView && !pathNodes.has(id),
  }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = placeHopBadges(layoutEdges(view, byId, hopNumbers, isPathView), nodes);
  // Nodes framed out of a path view are clipped by the drawing; they take no label and block none.
  const visible = nodes.filter((n) => insideBox(n, plot));
  const labels = placeLabels(visible, edges, plot, isPathView);
  return { plot, nodes, edges, labels, hopNumbers };
}

/** Hops are numbered in path order; a relation walked by several paths keeps its first number. */
export function numberHops(view: ExportView): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const path of view.paths ?? [])
    for (const hop of path.hops)
      if (!numbers.has(hop.edge)) numbers.set(hop.edge, numbers.size + 1);
  return numbers;
}

function layoutEdges(
  view: ExportView,
  byId: Map<string, SceneNode>,
  hopNumbers: Map<string, number>,
  isPathView: boolean,
): SceneEdge[] {
  const groups = new Map<string, string[]>();
  view.graph.forEachEdge((edge, _, source, target) => {
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    groups.set(pair, [...(groups.get(pair) ?? []), edge]);
  });
  const edges: SceneEdge[] = [];
  for (const members of groups.values()) {
    members.forEach((edge, i) => {
      const s = byId.get(view.graph.source(edge))!;
      const t = byId.get(view.graph.target(edge))!;
      // Offsets are measured on the pair's canonical orientation, so A→B and B→A curve apart, not onto each other.
      const flip = s.id < t.id ? 1 : -1;
      const hop = hopNumbers.get(edge) ?? null;
      const spread = (i - (members.length - 1) / 2) * SCENE_DEFAULTS.parallelSpacing * flip;
      const offset = spread === 0 && hop !== null ? detour(s, t, byId.values()) : spread;
      edges.push({
        id: edge,
        ...edgeGeometry(s, t, offset, hop !== null),
        polarity: view.graph.getEdgeAttribute(edge, 'polarity'),
        dashed: drawnDashed(view.graph.getEdgeAttribute(edge, 'modality')),
        onPath: hop !== null,
        faded: isPathView && hop === null,
        hop,
      });
    });
  }
  // Path hops last, so they are drawn over the context.
  return edges.sort((a, b) => Number(a.onPath) - Number(b.onPath));
}

/**
 * A straight hop passing over another entity would seem to go through it: it bends away instead, just enough
 * to clear the entity's rim. Returns the curve offset (0: stay straight).
 */
function detour(s: SceneNode, t: SceneNode, nodes: Iterable<SceneNode>): number {
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const length2 = dx * dx + dy * dy;
  if (length2 === 0) return 0;
  const length = Math.sqrt(length2);
  let offset = 0;
  for (const n of nodes) {
    if (n.id === s.id || n.id === t.id) continue;
    const along = ((n.x - s.x) * dx + (n.y - s.y) * dy) / length2;
    if (along <= 0.05 || along >= 0.95) continue;
    // Signed distance from the line, positive on the side the normal (-dy, dx) points to.
    const side = ((n.x - s.x) * -dy + (n.y - s.y) * dx) / length;
    const clearance = n.r + 10;
    if (Math.abs(side) >= clearance) continue;
    // The curve strays 4·t·(1−t)·offset from the line at parameter t.
    const needed = (clearance + Math.abs(side)) / (4 * along * (1 - along));
    const candidate = -Math.sign(side || 1) * Math.min(needed, SCENE_DEFAULTS.maxDetour);
    if (Math.abs(candidate) > Math.abs(offset)) offset = candidate;
  }
  return offset;
}

function edgeGeometry(s: SceneNode, t: SceneNode, offset: number, onPath: boolean) {
  if (s.id === t.id) return selfLoop(s);
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const length = Math.hypot(dx, dy) || 1;
  const [nx, ny] = [-dy / length, dx / length];
  // The control point sits at twice the offset: a quadratic curve passes halfway to it.
  const c = { x: (s.x + t.x) / 2 + nx * offset * 2, y: (s.y + t.y) / 2 + ny * offset * 2 };
  const start = towards(s, c, s.r + 1);
  const end = towards(t, c, t.r + (onPath ? 3 : 2));
  const mid = {
    x: round(0.25 * start.x + 0.5 * c.x + 0.25 * end.x),
    y: round(0.25 * start.y + 0.5 * c.y + 0.25 * end.y),
  };
  const d =
    offset === 0
      ? `M${start.x},${start.y} L${end.x},${end.y}`
      : `M${start.x},${start.y} Q${round(c.x)},${round(c.y)} ${end.x},${end.y}`;
  return { d, mid, curve: [start, c, end] as [Point, Point, Point] };
}

function selfLoop(n: SceneNode) {
  const r = n.r * 1.6;
  const d = `M${round(n.x + n.r * 0.6)},${round(n.y - n.r * 0.8)} a${r},${r} 0 1,0 ${round(-n.r * 1.2)},0`;
  const top = { x: n.x, y: round(n.y - n.r - 2 * r) };
  return { d, mid: top, curve: [top, top, top] as [Point, Point, Point] };
}

/** A point of the quadratic curve at parameter t. */
function pointAt([p0, c, p2]: [Point, Point, Point], t: number): Point {
  const u = 1 - t;
  return {
    x: round(u * u * p0.x + 2 * u * t * c.x + t * t * p2.x),
    y: round(u * u * p0.y + 2 * u * t * c.y + t * t * p2.y),
  };
}

/**
 * Hop numbers slide along their curve, away from the middle, when the middle is on a node or another number:
 * a number on a node reads as belonging to it.
 */
function placeHopBadges(edges: SceneEdge[], nodes: SceneNode[]): SceneEdge[] {
  const r = SCENE_DEFAULTS.hopBadgeRadius;
  const taken: { x: number; y: number; r: number }[] = nodes.map((n) => ({
    x: n.x,
    y: n.y,
    r: n.r,
  }));
  const clear = (p: Point) => taken.every((o) => Math.hypot(p.x - o.x, p.y - o.y) > o.r + r + 2);
  return edges.map((e) => {
    if (e.hop === null) return e;
    const spots = [0.5, 0.4, 0.6, 0.32, 0.68, 0.25, 0.75].map((t) => pointAt(e.curve, t));
    const mid = spots.find(clear) ?? e.mid;
    taken.push({ ...mid, r });
    return { ...e, mid };
  });
}

/** The point `distance` away from a node's centre, towards `p`: where an edge meets the node's rim. */
function towards(n: SceneNode, p: { x: number; y: number }, distance: number) {
  const dx = p.x - n.x;
  const dy = p.y - n.y;
  const length = Math.hypot(dx, dy) || 1;
  return { x: round(n.x + (dx / length) * distance), y: round(n.y + (dy / length) * distance) };
}

/**
 * Greedy labelling, most important first (path entities before all): each label tries right, left, above and
 * below its node and takes the first spot that overlaps no node, hop number or earlier label. A context label
 * with no free spot is dropped; a path label takes the least crowded spot, since the path must be named.
 */
function placeLabels(
  nodes: SceneNode[],
  edges: SceneEdge[],
  plot: Box,
  isPathView: boolean,
): SceneLabel[] {
  const { label, hopBadgeRadius, contextLabelMinImportance } = SCENE_DEFAULTS;
  const obstacles: { box: Box; node?: string }[] = [
    ...nodes.map((n) => ({
      box: { x: n.x - n.r, y: n.y - n.r, w: 2 * n.r, h: 2 * n.r },
      node: n.id,
    })),
    ...edges
      .filter((e) => e.hop !== null)
      .map((e) => ({
        box: {
          x: e.mid.x - hopBadgeRadius,
          y: e.mid.y - hopBadgeRadius,
          w: 2 * hopBadgeRadius,
          h: 2 * hopBadgeRadius,
        },
      })),
    // A label laid over a hop hides the line the reader follows: the hops' strokes are obstacles too.
    ...edges.filter((e) => e.onPath).flatMap((e) => strokeBoxes(e).map((box) => ({ box }))),
  ];
  const candidates = nodes
    .filter((n) => n.onPath || !isPathView || n.importance >= contextLabelMinImportance)
    .sort(
      (a, b) =>
        Number(b.onPath) - Number(a.onPath) ||
        b.importance - a.importance ||
        a.label.localeCompare(b.label),
    );
  const placed: SceneLabel[] = [];
  for (const n of candidates) {
    const size = n.onPath ? label.pathSize : label.size;
    const all = labelSpots(n, size, n.onPath);
    const within = all.filter((s) => inside(s.box, plot));
    const crowding = (box: Box) =>
      obstacles.reduce((sum, o) => sum + (o.node === n.id ? 0 : overlapArea(box, o.box)), 0);
    const free = within.find((s) => crowding(s.box) === 0);
    const leastCrowded = () =>
      (within.length ? within : all).sort((a, b) => crowding(a.box) - crowding(b.box))[0];
    const chosen = free ?? (n.onPath ? leastCrowded() : undefined);
    if (!chosen) continue;
    obstacles.push({ box: chosen.box });
    placed.push({ ...chosen.label, node: n.id, faded: n.faded });
  }
  return placed;
}

/** Small squares along an edge's curve (its drawn width and casing), for labels to keep clear of. */
function strokeBoxes(e: SceneEdge): Box[] {
  const half = 5;
  const boxes: Box[] = [];
  for (let t = 0.02; t < 1; t += 0.04) {
    const p = pointAt(e.curve, t);
    boxes.push({ x: p.x - half, y: p.y - half, w: 2 * half, h: 2 * half });
  }
  return boxes;
}

function labelSpots(n: SceneNode, size: number, bold: boolean) {
  const text = oneLine(n.label);
  const w = textWidth(text, size, bold);
  const h = size * 1.2;
  const gap = SCENE_DEFAULTS.label.gap;
  // The baseline sits about a third of the size below the centre line for vertically centred text.
  const mid = n.y + size * 0.35;
  const spot = (x: number, y: number, anchor: SceneLabel['anchor'], box: Box) => ({
    label: { text, x: round(x), y: round(y), anchor, size, bold },
    box,
  });
  return [
    spot(n.x + n.r + gap, mid, 'start', { x: n.x + n.r + gap, y: n.y - h / 2, w, h }),
    spot(n.x - n.r - gap, mid, 'end', { x: n.x - n.r - gap - w, y: n.y - h / 2, w, h }),
    spot(n.x, n.y - n.r - gap - size * 0.25, 'middle', {
      x: n.x - w / 2,
      y: n.y - n.r - gap - h,
      w,
      h,
    }),
    spot(n.x, n.y + n.r + gap + size * 0.9, 'middle', { x: n.x - w / 2, y: n.y + n.r + gap, w, h }),
  ];
}

function inside(b: Box, plot: Box): boolean {
  return (
    b.x >= plot.x && b.y >= plot.y && b.x + b.w <= plot.x + plot.w && b.y + b.h <= plot.y + plot.h
  );
}

function insideBox(p: { x: number; y: number }, b: Box): boolean {
  return p.x >= b.x && p.y >= b.y && p.x <= b.x + b.w && p.y <= b.y + b.h;
}

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
