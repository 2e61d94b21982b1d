// Re-layout with ForceAtlas2 in a web worker, then noverlap as the server does: progress, a stop button, an automatic stop once nodes settle.
import { FORCE_ATLAS2_SETTINGS, NOVERLAP_OPTIONS } from '../../graph/layout-settings.js';
import type { ExplorerGraph } from '../types.js';

export interface LayoutProgress {
  iteration: number;
  /** 0..1: the share of the iteration budget used, or 1 once settled. */
  fraction: number;
}

export type LayoutEnd = 'settled' | 'budget' | 'stopped';

export interface LayoutRun {
  stop(): void;
}

export const LAYOUT_DEFAULTS = {
  maxIterations: 500,
  /** Mean movement per iteration, as a share of the drawing's size, under which the layout counts as settled. */
  settleThreshold: 0.0004,
  settleStreak: 8,
} as const;

/** The worker module is loaded on first use, so the page does not pay for it up front. */
export async function startLayout(
  graph: ExplorerGraph,
  onProgress: (progress: LayoutProgress) => void,
  onEnd: (end: LayoutEnd) => void,
  options: Partial<typeof LAYOUT_DEFAULTS> = {},
): Promise<LayoutRun> {
  const { maxIterations, settleThreshold, settleStreak } = { ...LAYOUT_DEFAULTS, ...options };
  const [{ default: FA2Layout }, { inferSettings }, { default: noverlap }] = await Promise.all([
    import('graphology-layout-forceatlas2/worker'),
    import('graphology-layout-forceatlas2'),
    import('graphology-layout-noverlap'),
  ]);
  const layout = new FA2Layout(graph, {
    settings: { ...inferSettings(graph), ...FORCE_ATLAS2_SETTINGS },
  });
  let previous = positions(graph);
  let iteration = 0;
  let calm = 0;
  let ended = false;

  const finish = (end: LayoutEnd) => {
    if (ended) return;
    ended = true;
    graph.off('eachNodeAttributesUpdated', onUpdate);
    // This runs inside the supervisor's message handler, which still touches its buffers after the graph
    // update: stop now, kill (free the worker) once the handler has returned.
    layout.stop();
    setTimeout(() => layout.kill(), 0);
    // The server's layout ends with noverlap too: without it a re-layout would look unlike the first drawing.
    // Pinned nodes (`fixed`, see pin-positions.ts) stay where the reader put them, as ForceAtlas2 leaves them.
    const pinned = new Map<string, { x: number; y: number }>();
    graph.forEachNode((node, a) => {
      if ((a as { fixed?: boolean }).fixed) pinned.set(node, { x: a.x, y: a.y });
    });
    noverlap.assign(graph, {
      ...NOVERLAP_OPTIONS,
      outputReducer: (node, position) => pinned.get(node) ?? position,
    });
    onEnd(end);
  };
  const onUpdate = () => {
    iteration++;
    const current = positions(graph);
    calm = movement(previous, current) < settleThreshold ? calm + 1 : 0;
    previous = current;
    const settled = calm >= settleStreak;
    onProgress({ iteration, fraction: settled ? 1 : Math.min(1, iteration / maxIterations) });
    if (settled) finish('settled');
    else if (iteration >= maxIterations) finish('budget');
  };
  graph.on('eachNodeAttributesUpdated', onUpdate);
  layout.start();
  return { stop: () => finish('stopped') };
}

function positions(graph: ExplorerGraph): Float64Array {
  const out = new Float64Array(graph.order * 2);
  let i = 0;
  graph.forEachNode((_, a) => {
    out[i++] = a.x;
    out[i++] = a.y;
  });
  return out;
}

/** Mean displacement between two snapshots, relative to the drawing's extent. */
export function movement(before: Float64Array, after: Float64Array): number {
  const n = Math.min(before.length, after.length) / 2;
  if (n === 0) return 0;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const x = after[2 * i]!;
    const y = after[2 * i + 1]!;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
    total += Math.hypot(x - before[2 * i]!, y - before[2 * i + 1]!);
  }
  const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
  return total / n / extent;
}
