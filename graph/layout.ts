// Lays the graph out on the server: seeded positions, ForceAtlas2, then anti-overlap; same input, same bytes.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import random from 'graphology-layout/random.js';
import seedrandom from 'seedrandom';
import { FORCE_ATLAS2_SETTINGS, NOVERLAP_OPTIONS } from './layout-settings.js';
import type { EssayGraph } from './types.js';

export interface LayoutOptions {
  seed: string;
  iterations: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { seed: 'essay-graph', iterations: 600 };

export function layoutGraph(graph: EssayGraph, options: Partial<LayoutOptions> = {}): void {
  const { seed, iterations } = { ...DEFAULT_LAYOUT, ...options };
  random.assign(graph, { rng: seedrandom(seed), scale: 100, center: 0 });
  forceAtlas2.assign(graph, {
    iterations,
    settings: { ...forceAtlas2.inferSettings(graph), ...FORCE_ATLAS2_SETTINGS },
  });
  noverlap.assign(graph, NOVERLAP_OPTIONS);
  // Rounding keeps the serialized output byte-identical across platforms' float noise.
  graph.updateEachNodeAttributes((_, attrs) => ({
    ...attrs,
    x: Math.round(attrs.x * 100) / 100,
    y: Math.round(attrs.y * 100) / 100,
  }));
}
