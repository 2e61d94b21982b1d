// The server's event loop while it answers only worst-case path queries: its longest block, measured inside it.
import autocannon from 'autocannon';
import type { LoopDelay } from './load-bench.js';
import seedrandom from 'seedrandom';
import { runShape, startServer, type RunShape } from './server-process.js';
import { progress } from './stats.js';
import { WORST } from './worst-case.js';

export interface WorstHttpOptions {
  corpusDir: string;
  /** Entity ids of the corpus the queries draw their stops from. */
  ids: string[];
  connections: number;
  duration: number;
  /** Seconds the event loop is watched with no requests, for the monitor's own noise. */
  idle: number;
  seed: string;
}

export interface WorstHttpResult extends RunShape {
  examples: string[];
  requests: number;
  requestsPerSec: number;
  latencyP50: number;
  latencyP99: number;
  latencyMax: number;
  errors: number;
  statuses: Record<string, number>;
  idle: LoopDelay;
  loaded: LoopDelay;
}

export async function benchWorstHttp(o: WorstHttpOptions): Promise<WorstHttpResult> {
  const next = worstUrls(o.ids, o.seed);
  const examples = (() => {
    const sample = worstUrls(o.ids, `${o.seed}/examples`);
    return [sample(), sample()];
  })();
  const server = await startServer(o.corpusDir, false);
  try {
    progress(`worst case over HTTP: ${o.idle} s idle, then ${o.duration} s of worst-case queries`);
    await server.ask('loop-start');
    await new Promise((resolve) => setTimeout(resolve, o.idle * 1000));
    const idle = loopDelay(await server.ask('loop-stop'));
    await server.ask('loop-start');
    const r = await autocannon({
      url: server.base,
      connections: o.connections,
      duration: o.duration,
      requests: [{ setupRequest: (request) => ({ ...request, path: next() }) }],
    });
    const loaded = loopDelay(await server.ask('loop-stop'));
    return {
      ...runShape(server, o),
      examples,
      requests: r.requests.total,
      requestsPerSec: r.requests.total / r.duration,
      latencyP50: r.latency.p50,
      latencyP99: r.latency.p99,
      latencyMax: r.latency.max,
      errors: r.errors,
      statuses: Object.fromEntries(
        Object.entries(r.statusCodeStats).map(([status, { count }]) => [status, count]),
      ),
      idle,
      loaded,
    };
  } finally {
    await server.stop();
  }
}

function loopDelay(m: LoopDelay): LoopDelay {
  return { maxMs: m.maxMs, p99Ms: m.p99Ms, meanMs: m.meanMs };
}

/** `/api/paths` and `/api/query` in turn, each with k=10, maxHops=8 and 5 waypoints, stops drawn at random. */
export function worstUrls(ids: readonly string[], seed: string): () => string {
  const stops = WORST.waypoints + 2;
  if (ids.length < stops)
    throw new Error(`bench: worst-case queries need ${stops} entities; got ${ids.length}.`);
  const rng = seedrandom.alea(seed);
  let turn = 0;
  return () => {
    const picked = new Set<string>();
    while (picked.size < stops) picked.add(ids[Math.floor(rng() * ids.length)]!);
    const [from, ...rest] = [...picked].map(encodeURIComponent);
    const to = rest.pop()!;
    const options = `k=${WORST.k}&maxHops=${WORST.maxHops}`;
    if (turn++ % 2 === 0)
      return `/api/paths?from=${from}&to=${to}&via=${rest.join(',')}&${options}`;
    const line = `${[...picked].join(' -> ')} k=${WORST.k} maxHops=${WORST.maxHops}`;
    return `/api/query?q=${encodeURIComponent(line)}`;
  };
}
