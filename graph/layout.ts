// Lays the graph out on the server: seeded positions, ForceAtlas2, then anti-overlap; same input, same bytes.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import random from 'graphology-layout/random.js';
import seedrandom from 'seedrandom';
import { FORCE_ATLAS2_SETTINGS, NOVERLAP_OPTIONS } from './layout-settings.js';
import type { EssayGraph, NodeAttributes } from './types.js';

export interface LayoutOptions {
  seed: string;
  iterations: number;
}

/**
 * The layout's settings and what it needs of the drawing side: how big a node is drawn, which the anti-overlap
 * keeps apart. The core holds no drawing values; the drawing side defines sizes once (DRAWN_LAYOUT).
 */
export interface LayoutInput extends Partial<LayoutOptions> {
  nodeSize: (attrs: NodeAttributes) => number;
}

const DEFAULT_LAYOUT: LayoutOptions = { seed: 'essay-graph', iterations: 600 };

/**
 * Work budgets, so that a corpus of a thousand documents still starts in seconds: ForceAtlas2 costs about
 * (nodes + edges) a pass and took 30 s for 600 passes over 6k entities and 150k relations; noverlap's passes grow
 * faster than the node count (14 s for 200 passes over 6k crowded nodes). A graph within the budgets (every
 * essay-sized corpus: 600 × 2,500 and 200 × 150) gets the full passes, so its layout is unchanged to the byte;
 * a bigger one gets fewer, a rougher layout the explorer can refine with its own re-layout.
 */
const FORCE_ATLAS2_BUDGET = 600 * 2_500;
const NOVERLAP_BUDGET = NOVERLAP_OPTIONS.maxIterations * 150;
const MIN_PASSES = 5;

/** `passes`, or fewer when each costs `cost` and all of them would exceed `budget` (never under MIN_PASSES). */
function passesWithin(passes: number, cost: number, budget: number): number {
  return Math.min(passes, Math.max(MIN_PASSES, Math.floor(budget / Math.max(1, cost))));
}

export function layoutGraph(graph: EssayGraph, { nodeSize, ...options }: LayoutInput): void {
  spreadGraph(graph, options);
  settleGraph(graph, nodeSize);
}

/** The seed, ForceAtlas2's passes and its settings for a graph of this size: one definition for either thread. */
export function spreadPlan(order: number, size: number, options: Partial<LayoutOptions>) {
  const { seed, iterations } = { ...DEFAULT_LAYOUT, ...options };
  return {
    rng: seedrandom(seed),
    passes: passesWithin(iterations, order + size, FORCE_ATLAS2_BUDGET),
    settings: { ...forceAtlas2.inferSettings(order), ...FORCE_ATLAS2_SETTINGS },
  };
}

/**
 * The layout's first half, which reads the graph's structure alone (node order, edges): seeded positions, then
 * ForceAtlas2. A helper process of a large load does the same on the structure (graph/layout-structure.ts).
 */
export function spreadGraph(graph: EssayGraph, options: Partial<LayoutOptions>): void {
  const { rng, passes, settings } = spreadPlan(graph.order, graph.size, options);
  random.assign(graph, { rng, scale: 100, center: 0 });
  forceAtlas2.assign(graph, { iterations: passes, settings });
}

/** The layout's second half, which needs the nodes' drawn sizes: anti-overlap, then rounding. */
export function settleGraph(graph: EssayGraph, nodeSize: LayoutInput['nodeSize']): void {
  noverlap.assign(graph, {
    ...NOVERLAP_OPTIONS,
    maxIterations: passesWithin(NOVERLAP_OPTIONS.maxIterations, graph.order, NOVERLAP_BUDGET),
    inputReducer: (node, { x, y }) => ({ x, y, size: nodeSize(graph.getNodeAttributes(node)) }),
  });
  // Rounding keeps the serialized output byte-identical across platforms' float noise.
  graph.updateEachNodeAttributes((_, attrs) => ({
    ...attrs,
    x: Math.round(attrs.x * 100) / 100,
    y: Math.round(attrs.y * 100) / 100,
  }));
}
