// Lays the graph out on the server: seeded positions, ForceAtlas2, then anti-overlap; same input, same bytes.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import random from 'graphology-layout/random.js';
import seedrandom from 'seedrandom';
import { FORCE_ATLAS2_SETTINGS, NOVERLAP_OPTIONS } from './layout-settings.js';
import type { EssayGraph, NodeAttributes } from './types.js';

interface LayoutOptions {
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

export function layoutGraph(graph: EssayGraph, { nodeSize, ...options }: LayoutInput): void {
  const { seed, iterations } = { ...DEFAULT_LAYOUT, ...options };
  random.assign(graph, { rng: seedrandom(seed), scale: 100, center: 0 });
  forceAtlas2.assign(graph, {
    iterations,
    settings: { ...forceAtlas2.inferSettings(graph), ...FORCE_ATLAS2_SETTINGS },
  });
  noverlap.assign(graph, {
    ...NOVERLAP_OPTIONS,
    inputReducer: (node, { x, y }) => ({ x, y, size: nodeSize(graph.getNodeAttributes(node)) }),
  });
  // Rounding keeps the serialized output byte-identical across platforms' float noise.
  graph.updateEachNodeAttributes((_, attrs) => ({
    ...attrs,
    x: Math.round(attrs.x * 100) / 100,
    y: Math.round(attrs.y * 100) / 100,
  }));
}
