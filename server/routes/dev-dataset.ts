// GET /api/dev/synthetic?nodes=&edges=&seed=: a large seeded graph in the wire format, to measure the explorer.
// Development only: registered when the app is created with `devDatasets` (DEV_DATASETS=1 for the server).
import { Router } from 'express';
import seedrandom from 'seedrandom';
import { z } from 'zod';
import { ENTITY_KINDS, MODALITIES, POLARITIES } from '../../graph/types.js';
import { KIND_COLORS, NODE_SIZE, POLARITY_COLORS } from '../../export/style.js';
import { parseParams } from '../../contract/parse.js';
import { intParam } from '../../contract/schemas.js';

const SyntheticQuery = z
  .object({
    nodes: intParam({ meaning: 'Entities to generate.', min: 1, max: 20_000 }).default(5_000),
    edges: intParam({ meaning: 'Relations to generate.', min: 0, max: 50_000 }).default(20_000),
    seed: z.string().max(100).default('synthetic'),
  })
  .strict();

export function devDatasetRoutes(): Router {
  // The last graph made is kept as JSON text: repeated loads then measure the client, not the generator.
  let cached: { key: string; json: string } | null = null;
  return Router().get('/api/dev/synthetic', (req, res) => {
    const { nodes, edges, seed } = parseParams(SyntheticQuery, req.query);
    const key = `${nodes}/${edges}/${seed}`;
    if (cached?.key !== key)
      cached = { key, json: JSON.stringify(syntheticGraph(nodes, edges, seed)) };
    // no-transform: compressing megabytes on every load would measure the server, not the explorer.
    res.type('application/json').set('cache-control', 'no-transform').send(cached.json);
  });
}

/**
 * Clustered like a real graph (most edges stay inside a cluster), positions precomputed so that the client
 * draws without a layout, exactly as it does for the essay.
 */
export function syntheticGraph(nodeCount: number, edgeCount: number, seed: string) {
  const rng = seedrandom(seed);
  const clusters = Math.max(1, Math.round(Math.sqrt(nodeCount) / 3));
  const centres = Array.from({ length: clusters }, () => ({ x: rng() * 1000, y: rng() * 1000 }));
  const members: number[][] = centres.map(() => []);
  // Nodes first, then edges: both draw from one seeded stream, so the order keeps a seed's graph the same.
  const nodes = syntheticNodes(rng, nodeCount, centres, members);
  const edgeList = syntheticEdges(rng, nodeCount, edgeCount, members);
  return {
    attributes: { title: 'Synthetic graph', author: 'generator', publication: 'none' },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes,
    edges: edgeList,
  };
}

/** A seeded source of numbers in [0, 1). */
type Rng = () => number;
/** Picks one of the items with the next number of `rng`. */
const pickWith =
  (rng: Rng) =>
  <T>(items: readonly T[]): T =>
    items[Math.floor(rng() * items.length)]!;

/** Nodes round-robin over the clusters, scattered about each centre. */
function syntheticNodes(
  rng: Rng,
  nodeCount: number,
  centres: { x: number; y: number }[],
  members: number[][],
) {
  const pick = pickWith(rng);
  const clusters = centres.length;
  return Array.from({ length: nodeCount }, (_, i) => {
    const c = i % clusters;
    members[c]!.push(i);
    const angle = rng() * Math.PI * 2;
    const radius = Math.sqrt(rng()) * 90;
    const kind = pick(ENTITY_KINDS);
    const importance = Math.round(rng() ** 3 * 1000) / 1000;
    return {
      key: `n${i}`,
      attributes: {
        label: `Node ${i}`,
        kind,
        aliases: [],
        names: [],
        description: `Synthetic node ${i} in cluster ${c}.`,
        time: null,
        mentions: [],
        importance,
        x: Math.round((centres[c]!.x + Math.cos(angle) * radius) * 100) / 100,
        y: Math.round((centres[c]!.y + Math.sin(angle) * radius) * 100) / 100,
        // Smaller than the essay's nodes: thousands of them share the screen.
        size:
          Math.round((2 + Math.sqrt(importance) * (NODE_SIZE.max - NODE_SIZE.min) * 0.4) * 100) /
          100,
        color: KIND_COLORS[kind],
      },
    };
  });
}

/** Edges mostly within a source's cluster (nine in ten), with random polarity, modality and start year. */
function syntheticEdges(rng: Rng, nodeCount: number, edgeCount: number, members: number[][]) {
  const pick = pickWith(rng);
  const clusters = members.length;
  return Array.from({ length: nodeCount > 1 ? edgeCount : 0 }, (_, i) => {
    const source = Math.floor(rng() * nodeCount);
    const cluster = members[source % clusters]!;
    let target = rng() < 0.9 ? pick(cluster) : Math.floor(rng() * nodeCount);
    if (target === source) target = (source + 1) % nodeCount;
    const polarity = pick(POLARITIES);
    const start = rng() < 0.5 ? 1953 + Math.floor(rng() * 72) : null;
    return {
      key: `e${i}`,
      source: `n${source}`,
      target: `n${target}`,
      attributes: {
        relation: 'related-to',
        label: 'is related to',
        inverseLabel: 'is related to',
        evidence: [],
        time: start === null ? null : { start, end: null },
        polarity,
        modality: rng() < 0.8 ? 'fact' : pick(MODALITIES),
        assertedBy: 'synthetic',
        size: 1,
        color: POLARITY_COLORS[polarity],
      },
    };
  });
}
