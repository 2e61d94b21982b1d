// The path engine on one synthetic graph: build time and memory, shortest paths against the baselines, k paths, waypoints.
import { largestConnectedComponent } from 'graphology-components';
import { TooExpensiveError } from '../graph/errors.js';
import { searchPaths } from '../graph/query/paths.js';
import { DEFAULT_PATH_SETTINGS, PATH_LIMITS } from '../graph/query/request.js';
import { shortestNodePath } from '../graph/query/shortest-path.js';
import { createTraversal } from '../graph/query/traversal.js';
import type { EssayGraph } from '../graph/types.js';
import {
  bareGraph,
  graphologyOnCopy,
  graphologyOnSameGraph,
  ngraphCopy,
  ngraphFinders,
  undirectedCopy,
  type PathFinder,
} from './baselines.js';
import { samplePairs, sampleRoutes, type Pair } from './query-sets.js';
import { MB, progress, settledHeap, summarize, timeCall, type Summary } from './stats.js';
import { buildSyntheticGraph, generateCorpus } from './synthetic-graph.js';

export interface EngineBenchOptions {
  edges: number;
  seed: string;
  /** Random pairs every shortest-path search answers. */
  pairs: number;
  /** Of those pairs, how many the k-paths query is timed on. */
  kPairs: number;
  /** Of those pairs, how many ngraph.path's A* answers: without a heuristic it is Dijkstra, seconds a pair at 1M. */
  aStarPairs: number;
  k: number;
  /** Waypoint routes (from → via → via → to). */
  routes: number;
  waypoints: number;
  /** Each timed query runs this many times and keeps its fastest run (the machine is shared). */
  repeats: number;
  /** Queries run untimed first, so each search is compiled before it is timed. */
  warmup: number;
}

export const FINDERS = {
  engine: 'engine: searchPaths (k=1, with hops, evidence and narrative)',
  engineSearch: 'engine: shortestNodePath alone (the search, no answer built)',
  graphology: 'graphology bidirectional, same graph read undirected',
  graphologyCopy: 'graphology bidirectional, simple undirected copy',
  ngraphAStar: 'ngraph.path aStar (no heuristic: Dijkstra)',
  ngraphNba: 'ngraph.path nba (bidirectional)',
} as const;
export type FinderName = keyof typeof FINDERS;

interface Agreement {
  compared: number;
  agreed: number;
  /** Pairs no search connects (islands). */
  noPath: number;
  /** Pairs whose distance exceeds the engine's hop limit (the engine then rightly answers none). */
  beyondMaxHops: number;
  /** Paths that are not paths of the graph (a hop between non-neighbours, a repeated node, wrong ends). */
  invalid: number;
  disagreements: string[];
  /** How many pairs are at each distance. */
  distances: Record<number, number>;
}

export interface QueryTiming {
  summary: Summary;
  queries: number;
  answered: number;
  refused: number;
  meanPaths: number;
  meanLength: number;
}

export interface SizeResult {
  edges: number;
  nodes: number;
  meanDegree: number;
  maxDegree: number;
  giantShare: number;
  generateMs: number;
  buildMs: number;
  graphHeapMB: number;
  rssMB: number;
  /**
   * Building the same edges without attributes: graphology from the records (same keys; before the real build),
   * and the baselines' copies of the built graph (an undirected graphology graph, an ngraph), made while it is
   * in memory, so their collections also trace it.
   */
  copyBuildMs: { bare: number; graphologyCopy: number; ngraph: number };
  maxHops: number;
  shortest: Partial<Record<FinderName, Summary>>;
  agreement: Agreement;
  kPaths: QueryTiming;
  waypoints: QueryTiming;
}

const MAX_HOPS = PATH_LIMITS.maxHops.max;
/** Waypoints are two random steps apart: near enough that a route through them fits in MAX_HOPS. */
const ROUTE_STEP = 2;

export function benchEngine(o: EngineBenchOptions): SizeResult {
  const label = `${o.edges.toLocaleString('en')} edges`;
  const built = buildPhase(o, label);
  const { graph } = built;
  const pairs = samplePairs(graph, o.pairs, `${o.seed}/pairs`);
  const warm = samplePairs(graph, o.warmup, `${o.seed}/warmup`);
  const finders = new FinderRecord();
  const phase: Phase = { o, label, graph, pairs, warm, finders };
  const graphologyCopyMs = graphologyPhase(phase);
  const ngraphMs = ngraphPhase(phase);
  const queries = queryPhase(phase);
  const degrees = graph.mapNodes((node) => graph.degree(node));
  const result: SizeResult = {
    edges: graph.size,
    nodes: graph.order,
    meanDegree: (2 * graph.size) / graph.order,
    maxDegree: degrees.reduce((m, d) => Math.max(m, d), 0),
    giantShare: largestConnectedComponent(graph).length / graph.order,
    generateMs: built.generateMs,
    buildMs: built.buildMs,
    graphHeapMB: built.graphHeapMB,
    rssMB: built.rssMB,
    copyBuildMs: { bare: built.bareMs, graphologyCopy: graphologyCopyMs, ngraph: ngraphMs },
    maxHops: MAX_HOPS,
    shortest: finders.shortest,
    agreement: agreement(pairs, finders.lengths, finders.invalid),
    ...queries,
  };
  graph.clear();
  return result;
}

/** The path figures of a graph built elsewhere (the on-disk corpus's): no build, no ngraph. */
export interface PathsOnResult {
  shortest: Partial<Record<FinderName, Summary>>;
  agreement: Agreement;
  kPaths: QueryTiming;
  waypoints: QueryTiming;
}

/** Shortest paths against graphology (interleaved), k paths and waypoint routes, on `graph` as it is. */
export function benchPathsOn(
  graph: EssayGraph,
  options: Omit<EngineBenchOptions, 'edges' | 'aStarPairs'>,
): PathsOnResult {
  const o: EngineBenchOptions = { ...options, edges: graph.size, aStarPairs: 0 };
  const label = `corpus graph, ${graph.size.toLocaleString('en')} edges`;
  const pairs = samplePairs(graph, o.pairs, `${o.seed}/pairs`);
  const warm = samplePairs(graph, o.warmup, `${o.seed}/warmup`);
  const finders = new FinderRecord();
  const phase: Phase = { o, label, graph, pairs, warm, finders };
  graphologyPhase(phase);
  const queries = queryPhase(phase);
  return {
    shortest: finders.shortest,
    agreement: agreement(pairs, finders.lengths, finders.invalid),
    ...queries,
  };
}

/** What every phase of one graph's benchmark works with. */
interface Phase {
  o: EngineBenchOptions;
  label: string;
  graph: EssayGraph;
  /** The timed pairs, and the untimed ones that warm up first. */
  pairs: Pair[];
  warm: Pair[];
  finders: FinderRecord;
}

/** The shortest-path timings of every finder, the lengths they found and how many of their paths were invalid. */
class FinderRecord {
  readonly lengths = new Map<FinderName, (number | null)[]>();
  readonly shortest: Partial<Record<FinderName, Summary>> = {};
  invalid = 0;

  record(graph: EssayGraph, name: FinderName, pairs: Pair[], run: Run): void {
    this.shortest[name] = summarize(run.times);
    this.lengths.set(
      name,
      run.paths.map((p) => (p === null ? null : p.length - 1)),
    );
    this.invalid += countInvalid(graph, pairs, run.paths);
  }
}

/** Generates the corpus and builds its graph, measuring the heap the graph alone keeps. */
function buildPhase(o: EngineBenchOptions, label: string) {
  progress(`${label}: generating and building`);
  const before = settledHeap();
  const t0 = performance.now();
  let corpus: ReturnType<typeof generateCorpus> | null = generateCorpus({
    edges: o.edges,
    seed: o.seed,
  });
  const generateMs = performance.now() - t0;
  const { ms: bareMs } = timeCall(() => bareGraph(corpus!).clear());
  settledHeap();
  const { ms: buildMs, result: graph } = timeCall(() => buildSyntheticGraph(corpus!));
  // Dropped before the heap is measured, so the figure is the graph's alone.
  corpus = null;
  const graphHeapMB = (settledHeap() - before) / MB;
  const rssMB = process.memoryUsage().rss / MB;
  progress(
    `${label}: built in ${(buildMs / 1000).toFixed(1)} s, ${graphHeapMB.toFixed(0)} MB heap`,
  );
  return { graph, generateMs, bareMs, buildMs, graphHeapMB, rssMB };
}

/** The engine and graphology interleaved on the same pairs; returns how long the undirected copy took to build. */
function graphologyPhase({ o, label, graph, pairs, warm, finders }: Phase): number {
  progress(`${label}: an undirected copy for graphology`);
  const t = performance.now();
  const copy = undirectedCopy(graph);
  const graphologyCopyMs = performance.now() - t;
  progress(`${label}: shortest paths, engine and graphology interleaved (${o.pairs} pairs)`);
  const primary = interleaved(
    {
      engine: engineFinder(graph),
      engineSearch: searchOnly(graph),
      graphology: graphologyOnSameGraph(graph),
      graphologyCopy: graphologyOnCopy(copy),
    },
    pairs,
    warm,
    o.repeats,
  );
  for (const [name, run] of Object.entries(primary) as [FinderName, Run][])
    finders.record(graph, name, pairs, run);
  copy.clear();
  return graphologyCopyMs;
}

/** ngraph.path's nba and aStar on a copy; returns how long the copy took to build. */
function ngraphPhase({ o, label, graph, pairs, warm, finders }: Phase): number {
  progress(`${label}: ngraph.path aStar and nba`);
  const t = performance.now();
  const ngraph = ngraphCopy(graph);
  const ngraphMs = performance.now() - t;
  const found = ngraphFinders(ngraph);
  finders.record(graph, 'ngraphNba', pairs, sequential(found.nba, pairs, warm, 1));
  const aStarPairs = pairs.slice(0, o.aStarPairs);
  const aStar = sequential(found.aStar, aStarPairs, warm.slice(0, 3), 1);
  finders.record(graph, 'ngraphAStar', aStarPairs, aStar);
  ngraph.clear();
  return ngraphMs;
}

/** k shortest paths and waypoint routes, as the explorer asks for them. */
function queryPhase({ o, label, graph, pairs, warm }: Phase): {
  kPaths: QueryTiming;
  waypoints: QueryTiming;
} {
  progress(`${label}: k=${o.k} paths (${o.kPairs} pairs)`);
  const kPaths = timeQueries(
    graph,
    pairs.slice(0, o.kPairs),
    warm.slice(0, 5),
    { k: o.k, maxHops: MAX_HOPS },
    o.repeats,
  );
  progress(`${label}: ${o.waypoints}-waypoint routes (${o.routes})`);
  const routes = sampleRoutes(graph, o.routes, o.waypoints + 2, ROUTE_STEP, `${o.seed}/routes`);
  const warmRoutes = sampleRoutes(graph, 5, o.waypoints + 2, ROUTE_STEP, `${o.seed}/warm-routes`);
  const waypoints = timeQueries(graph, routes, warmRoutes, { k: 1, maxHops: MAX_HOPS }, o.repeats);
  return { kPaths, waypoints };
}

function engineFinder(graph: EssayGraph): PathFinder {
  return (source, target) => {
    const path = searchPaths(graph, [source, target], { maxHops: MAX_HOPS }).paths[0];
    return path ? path.nodes.map((n) => n.id) : null;
  };
}

/** The search the API runs for k=1, without building the answer; shows what describing the path costs. */
function searchOnly(graph: EssayGraph): PathFinder {
  return (source, target) => {
    const t = createTraversal(graph, {
      directed: false,
      filters: {},
      exempt: [source, target],
      budget: DEFAULT_PATH_SETTINGS.budget,
    });
    return shortestNodePath(t, source, target, { maxHops: MAX_HOPS });
  };
}

interface Run {
  times: number[];
  paths: (string[] | null)[];
}

/** Pair by pair, each search in turn: load from other processes then weighs on all of them alike. */
function interleaved<N extends string>(
  finders: Record<N, PathFinder>,
  pairs: Pair[],
  warm: Pair[],
  repeats: number,
): Record<N, Run> {
  const names = Object.keys(finders) as N[];
  for (const name of names) for (const [s, t] of warm) finders[name](s, t);
  const runs = Object.fromEntries(
    names.map((n) => [n, { times: [], paths: [] }]),
  ) as unknown as Record<N, Run>;
  pairs.forEach(([s, t], p) => {
    const best = new Map<N, number>();
    // Each search goes first on every n-th pair: the first to run warms the caches for the others.
    const order = names.map((_, i) => names[(i + p) % names.length]!);
    for (let r = 0; r < repeats; r++) {
      for (const name of order) {
        const { ms, result } = timeCall(() => finders[name](s, t));
        best.set(name, Math.min(best.get(name) ?? Infinity, ms));
        if (r === 0) runs[name].paths.push(result);
      }
    }
    for (const name of names) runs[name].times.push(best.get(name)!);
  });
  return runs;
}

function sequential(finder: PathFinder, pairs: Pair[], warm: Pair[], repeats: number): Run {
  for (const [s, t] of warm) finder(s, t);
  const run: Run = { times: [], paths: [] };
  for (const [s, t] of pairs) {
    const { ms, result } = timeCall(() => finder(s, t), repeats);
    run.times.push(ms);
    run.paths.push(result);
  }
  return run;
}

/** Times searchPaths on each list of stops; a query over its work budget counts as refused (the API's 4xx). */
function timeQueries(
  graph: EssayGraph,
  queries: string[][],
  warm: string[][],
  options: { k: number; maxHops: number },
  repeats: number,
): QueryTiming {
  const ask = (stops: string[]) => {
    try {
      return searchPaths(graph, stops, options).paths;
    } catch (error) {
      if (error instanceof TooExpensiveError) return null;
      throw error;
    }
  };
  for (const stops of warm) ask(stops);
  const times: number[] = [];
  let answered = 0;
  let refused = 0;
  let paths = 0;
  let hops = 0;
  for (const stops of queries) {
    const { ms, result } = timeCall(() => ask(stops), repeats);
    times.push(ms);
    if (result === null) refused++;
    else if (result.length > 0) {
      answered++;
      paths += result.length;
      hops += result.reduce((sum, p) => sum + p.length, 0);
    }
  }
  return {
    summary: summarize(times),
    queries: queries.length,
    answered,
    refused,
    meanPaths: answered ? paths / answered : 0,
    meanLength: paths ? hops / paths : 0,
  };
}

function countInvalid(graph: EssayGraph, pairs: Pair[], paths: (string[] | null)[]): number {
  let bad = 0;
  paths.forEach((path, i) => {
    if (path === null) return;
    const [s, t] = pairs[i]!;
    const hopsOk = path.every((node, j) => j === 0 || graph.areNeighbors(path[j - 1]!, node));
    if (
      path[0] !== s ||
      path[path.length - 1] !== t ||
      new Set(path).size !== path.length ||
      !hopsOk
    )
      bad++;
  });
  return bad;
}

/**
 * Every search must find the same distance for every pair. The engine stops at `maxHops`: a pair farther apart
 * than that has no path for it, which is its contract, not a disagreement.
 */
function agreement(
  pairs: Pair[],
  lengths: Map<FinderName, (number | null)[]>,
  invalid: number,
): Agreement {
  const out: Agreement = {
    compared: pairs.length,
    agreed: 0,
    noPath: 0,
    beyondMaxHops: 0,
    invalid,
    disagreements: [],
    distances: {},
  };
  pairs.forEach(([s, t], i) => {
    // A search timed on fewer pairs (A*) is compared on those it answered.
    const seen = [...lengths]
      .filter(([, ls]) => i < ls.length)
      .map(([name, ls]) => [name, ls[i] ?? null] as const);
    const reference = lengths.get('graphology')![i] ?? null;
    const engine = lengths.get('engine')![i] ?? null;
    if (reference !== null) out.distances[reference] = (out.distances[reference] ?? 0) + 1;
    const baselinesAgree = seen.every(([n, l]) => n.startsWith('engine') || l === reference);
    const engineAgrees =
      reference !== null && reference > MAX_HOPS
        ? seen.every(([n, l]) => !n.startsWith('engine') || l === null)
        : seen.every(([n, l]) => !n.startsWith('engine') || l === engine) && engine === reference;
    if (baselinesAgree && engineAgrees) {
      out.agreed++;
      if (reference === null) out.noPath++;
      else if (reference > MAX_HOPS) out.beyondMaxHops++;
    } else if (out.disagreements.length < 10) {
      out.disagreements.push(
        `${s} → ${t}: ${seen.map(([n, l]) => `${n} ${l ?? 'none'}`).join(', ')}`,
      );
    }
  });
  return out;
}
