// The worst path query the API allows (k=10, maxHops=8, 5 waypoints) on a large synthetic graph: how long it
// holds the event loop (the search is synchronous), how it ends, and what the work budget is worth in time.
import seedrandom from 'seedrandom';
import { TooExpensiveError } from '../graph/errors.js';
import { searchPaths } from '../graph/query/paths.js';
import { DEFAULT_PATH_SETTINGS, PATH_LIMITS } from '../graph/query/request.js';
import { createTraversal } from '../graph/query/traversal.js';
import type { EssayGraph } from '../graph/types.js';
import { sampleRoutes } from './query-sets.js';
import { progress, summarize, timeCall, type Summary } from './stats.js';
import { buildSyntheticGraph, generateCorpus } from './synthetic-graph.js';

export const WORST = {
  k: PATH_LIMITS.k.max,
  maxHops: PATH_LIMITS.maxHops.max,
  waypoints: PATH_LIMITS.via.max,
} as const;

/** How the stops of a worst-case query are drawn. */
export const QUERY_GROUPS = {
  random: 'from, 5 waypoints and to drawn uniformly',
  hubs: 'all 7 stops among the 100 best-connected entities, those with the longest neighbour lists',
  near: 'each stop a random walk of 2 steps from the last',
  close: 'each stop a neighbour of the last, a route that fits in 8 hops',
  pairs: `for contrast: no waypoints, k=${WORST.k}, maxHops=${WORST.maxHops}, random pairs`,
} as const;
export type QueryGroup = keyof typeof QUERY_GROUPS;

type Outcome = 'answered' | 'no path' | 'too expensive';

export interface WorstQuery {
  group: QueryGroup;
  stops: string[];
}

export interface TimedQuery extends WorstQuery {
  /** Wall time of searchPaths plus JSON.stringify of its answer: what the route spends without yielding. */
  ms: number;
  outcome: Outcome;
  paths: number;
  /** Adjacency entries the query examined (the budget's unit), found by bisecting the budget; slowest only. */
  units?: number;
}

export interface WorstCaseOptions {
  edges: number;
  seed: string;
  counts: Record<QueryGroup, number>;
  /** Budgets whose exhaustion is timed, to turn budget units into milliseconds. */
  budgets: number[];
  /** How many of the slowest queries have their work counted. */
  bisect: number;
}

interface BudgetTiming {
  budget: number;
  /** Fastest of the runs (the machine is shared: slower runs measure other processes too). */
  ms: number;
  runs: number[];
}

export interface WorstCaseResult {
  edges: number;
  nodes: number;
  maxDegree: number;
  buildMs: number;
  budget: number;
  queries: TimedQuery[];
  /** The worst-case queries (waypoint groups) together, and each group. */
  summary: Summary;
  groups: Partial<Record<QueryGroup, Summary>>;
  exhaust: BudgetTiming[];
  /** The slowest pace among the budgets timed, in µs per entry: what a budget is worth at worst. */
  usPerEntry: number;
}

const REPEATS = 3;

export function benchWorstCase(o: WorstCaseOptions): WorstCaseResult {
  progress(`worst case: building the ${o.edges.toLocaleString('en')}-edge graph`);
  const { ms: buildMs, result: graph } = build(o.edges, o.seed);
  const queries = worstQueries(graph, o.counts, `${o.seed}/worst`);
  progress(`worst case: ${queries.length} queries, k=${WORST.k}, maxHops=${WORST.maxHops}`);
  for (const q of worstQueries(graph, { ...o.counts, pairs: 1 }, `${o.seed}/warm`).slice(0, 5))
    ask(graph, q.stops);
  const timed: TimedQuery[] = queries.map((q) => {
    const { ms, result } = timeCall(() => ask(graph, q.stops));
    return { ...q, ms, ...result };
  });
  const slowest = timed
    .filter((q) => q.outcome !== 'too expensive')
    .sort((a, b) => b.ms - a.ms)
    .slice(0, o.bisect);
  for (const q of slowest) {
    progress(`worst case: counting the work of a ${q.group} query (${q.ms.toFixed(0)} ms)`);
    q.units = unitsSpent(graph, q.stops);
  }
  progress(`worst case: time to exhaust budgets of ${o.budgets.join(', ')}`);
  const starts = graph.nodes();
  const exhaust = o.budgets.map((budget) => timeExhaustion(graph, starts, budget));
  const waypointQueries = timed.filter((q) => q.group !== 'pairs');
  const groups: Partial<Record<QueryGroup, Summary>> = {};
  for (const group of Object.keys(QUERY_GROUPS) as QueryGroup[]) {
    const times = timed.filter((q) => q.group === group).map((q) => q.ms);
    if (times.length) groups[group] = summarize(times);
  }
  const result: WorstCaseResult = {
    edges: graph.size,
    nodes: graph.order,
    maxDegree: graph.reduceNodes((m, node) => Math.max(m, graph.degree(node)), 0),
    buildMs,
    budget: DEFAULT_PATH_SETTINGS.budget,
    queries: timed,
    summary: summarize(waypointQueries.map((q) => q.ms)),
    groups,
    exhaust,
    usPerEntry: Math.max(...exhaust.map((x) => (x.ms * 1000) / x.budget)),
  };
  graph.clear();
  return result;
}

/** The records are dropped once built (only the build is timed), so the graph alone stays in memory. */
function build(edges: number, seed: string): { ms: number; result: EssayGraph } {
  const corpus = generateCorpus({ edges, seed });
  return timeCall(() => buildSyntheticGraph(corpus));
}

/** Seeded worst-case queries: `counts[group]` of each group; every query's stops are distinct. */
export function worstQueries(
  graph: EssayGraph,
  counts: Record<QueryGroup, number>,
  seed: string,
): WorstQuery[] {
  const rng = seedrandom.alea(seed);
  const nodes = graph.nodes();
  const hubs = [...nodes].sort((a, b) => graph.degree(b) - graph.degree(a)).slice(0, 100);
  const stops = WORST.waypoints + 2;
  const draw = (pool: string[], n: number) => {
    const out = new Set<string>();
    while (out.size < Math.min(n, pool.length)) out.add(pool[Math.floor(rng() * pool.length)]!);
    return [...out];
  };
  const of = (group: QueryGroup, list: string[][]) => list.map((s) => ({ group, stops: s }));
  const times = (n: number, make: () => string[]) => Array.from({ length: n }, make);
  return [
    ...of(
      'random',
      times(counts.random, () => draw(nodes, stops)),
    ),
    ...of(
      'hubs',
      times(counts.hubs, () => draw(hubs, stops)),
    ),
    ...of('near', sampleRoutes(graph, counts.near, stops, 2, `${seed}/near`)),
    ...of('close', sampleRoutes(graph, counts.close, stops, 1, `${seed}/close`)),
    ...of(
      'pairs',
      times(counts.pairs, () => draw(nodes, 2)),
    ),
  ];
}

/** One query as /api/paths runs it once names are resolved: search, then serialize the answer. */
function ask(
  graph: EssayGraph,
  stops: string[],
  budget?: number,
): { outcome: Outcome; paths: number } {
  try {
    const { paths } = searchPaths(graph, stops, { k: WORST.k, maxHops: WORST.maxHops, budget });
    JSON.stringify(paths);
    return { outcome: paths.length ? 'answered' : 'no path', paths: paths.length };
  } catch (error) {
    if (error instanceof TooExpensiveError) return { outcome: 'too expensive', paths: 0 };
    throw error;
  }
}

/** The least budget the query runs within (to 1%): the traversal does not report what it spent. */
function unitsSpent(graph: EssayGraph, stops: string[]): number {
  let lo = 0;
  let hi = DEFAULT_PATH_SETTINGS.budget;
  while (hi - lo > Math.max(1, hi * 0.01)) {
    const mid = Math.floor((lo + hi) / 2);
    if (ask(graph, stops, mid).outcome === 'too expensive') lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * Breadth-first walks through the engine's own traversal (the same neighbour walk and budget tick the
 * searches use), one after another from successive entities of `starts`, until the budget runs out: a whole
 * undirected walk of a graph spends only about twice its edge count, less than the default budget. False for
 * a graph without edges.
 */
export function exhaustBudget(
  graph: EssayGraph,
  starts: readonly string[],
  budget: number,
): boolean {
  if (starts.length === 0 || graph.size === 0) return false;
  const t = createTraversal(graph, { directed: false, filters: {}, exempt: [], budget });
  try {
    for (let i = 0; ; i = (i + 1) % starts.length) {
      const seen = new Set([starts[i]!]);
      let fringe = [starts[i]!];
      while (fringe.length > 0) {
        const next: string[] = [];
        for (const node of fringe)
          t.forward(node, (neighbor) => {
            if (!seen.has(neighbor)) {
              seen.add(neighbor);
              next.push(neighbor);
            }
            return false;
          });
        fringe = next;
      }
    }
  } catch (error) {
    if (error instanceof TooExpensiveError) return true;
    throw error;
  }
}

function timeExhaustion(
  graph: EssayGraph,
  starts: readonly string[],
  budget: number,
): BudgetTiming {
  const runs = Array.from(
    { length: REPEATS },
    () => timeCall(() => exhaustBudget(graph, starts, budget)).ms,
  );
  return { budget, ms: Math.min(...runs), runs };
}

/** The budget (in entries) that a block of `ms` milliseconds allows at `usPerEntry` µs per entry. */
export function budgetFor(ms: number, usPerEntry: number): number {
  return (ms * 1000) / usPerEntry;
}
