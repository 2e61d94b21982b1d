// The app under a realistic mix of requests: one autocannon per route, all at once, and the server's memory around it.
import autocannon, { type Result } from 'autocannon';
import type { ServerAnswer } from './http-server.js';
import { loadRoutes, splitConnections, type LoadRoute, type MixEntity } from './load-mix.js';
import { runShape, startServer, type ServerProcess, type RunShape } from './server-process.js';
import { progress } from './stats.js';

export interface LoadBenchOptions {
  corpusDir: string;
  entities: MixEntity[];
  /** Connections in total, split across the routes by weight. */
  connections: number;
  /** Seconds of measured load. */
  duration: number;
  /** Seconds of the same mix first, unmeasured: compiles the routes and fills the caches as traffic would. */
  warmup: number;
  /** Seconds of the mix without graph.png afterwards, for contrast. */
  contrast: number;
  seed: string;
}

export interface RouteResult {
  route: string;
  connections: number;
  requestsPerSec: number;
  latencyP50: number;
  latencyP99: number;
  latencyMax: number;
  requests: number;
  errors: number;
  timeouts: number;
  /** Responses by status code, 2xx included. */
  statuses: Record<string, number>;
  /** Export routes: renders the server made (not served from its cache) during the measured load. */
  renders?: number;
  /** Example request paths of the route. */
  examples: string[];
  /** Throughput in the contrast run, the same mix without graph.png. */
  withoutPngPerSec?: number;
}

/** The event loop's delays in the server, in ms. */
export interface LoopDelay {
  maxMs: number;
  p99Ms: number;
  meanMs: number;
}

export type Memory = Omit<Extract<ServerAnswer, { type: 'memory' }>, 'type'>;

export interface LoadResult extends RunShape {
  warmup: number;
  headers: Record<string, string>;
  routes: RouteResult[];
  /** The server's event loop during the measured load. */
  loop: LoopDelay;
  /** The server process: fresh (before any request), after the warm-up, after the measured load. */
  memory: { fresh: Memory; warm: Memory; after: Memory };
  /** The server's RSS during the measured load, every `rssEverySeconds`, without collecting first. */
  rssDuringLoad: number[];
  rssEverySeconds: number;
  withoutPng: { duration: number; loop: LoopDelay };
}

/** What a browser sends: the server compresses its answers as it would for a reader. */
const HEADERS = { 'accept-encoding': 'gzip, deflate, br', accept: '*/*' };
/** autocannon's per-request timeout (s): a request slower than this counts as an error. */
const TIMEOUT_S = 10;
const EXAMPLES = 3;
const RSS_EVERY_S = 5;
const PNG = 'graph.png';

export async function benchLoad(o: LoadBenchOptions): Promise<LoadResult> {
  const routes = loadRoutes(o.entities);
  const connections = splitConnections(
    routes.map((r) => r.weight),
    o.connections,
  );
  // One stream per route for the warm-up and the load: a view first asked for during the load is really new.
  const streams = routes.map((r) => r.stream(o.seed));
  const examples = routes.map((r) => {
    const next = r.stream(`${o.seed}/examples`);
    return Array.from({ length: EXAMPLES }, next);
  });
  const server = await startServer(o.corpusDir);
  try {
    const fresh = await memory(server);
    progress(`load: ${o.warmup} s warm-up over the mix`);
    await runAll(server, routes, connections, streams, o.warmup);
    const warm = await memory(server);
    const { results, loop, rendered, rssDuringLoad } = await measuredLoad(
      server,
      routes,
      connections,
      streams,
      o,
    );
    const after = await memory(server);
    const withoutPng = await contrast(server, routes, streams, o);
    return {
      ...runShape(server, o),
      warmup: o.warmup,
      headers: HEADERS,
      routes: routes.map((route, i) => ({
        ...routeResult(route, connections[i]!, results[i]!, examples[i]!, rendered(route)),
        ...(withoutPng.perRoute.has(route.name)
          ? { withoutPngPerSec: withoutPng.perRoute.get(route.name)! }
          : {}),
      })),
      loop,
      memory: { fresh, warm, after },
      rssDuringLoad,
      rssEverySeconds: RSS_EVERY_S,
      withoutPng: { duration: o.contrast, loop: withoutPng.loop },
    };
  } finally {
    await server.stop();
  }
}

/** The measured load: each route's answers, the event loop's delay, renders per export and RSS samples. */
async function measuredLoad(
  server: ServerProcess,
  routes: LoadRoute[],
  connections: number[],
  streams: (() => string)[],
  o: LoadBenchOptions,
) {
  const rendersBefore = (await server.ask('renders')).counts;
  progress(
    `load: ${o.duration} s, ${o.connections} connections over ${routes.length} routes (${connections.join('/')})`,
  );
  const rssDuringLoad: number[] = [];
  const sampler = setInterval(
    () => void server.ask('rss').then((a) => rssDuringLoad.push(a.rss)),
    RSS_EVERY_S * 1000,
  );
  await server.ask('loop-start');
  const results = await runAll(server, routes, connections, streams, o.duration).finally(() =>
    clearInterval(sampler),
  );
  const loop = loopDelay(await server.ask('loop-stop'));
  const rendersAfter = (await server.ask('renders')).counts;
  const rendered = (route: LoadRoute) =>
    route.export
      ? (rendersAfter[route.export] ?? 0) - (rendersBefore[route.export] ?? 0)
      : undefined;
  return { results, loop, rendered, rssDuringLoad };
}

/**
 * The same mix without graph.png, its connections given to the other routes, for `o.contrast` seconds after
 * the measured load (and its memory): shows what the PNG renders, on the same two cores, cost the rest.
 */
async function contrast(
  server: ServerProcess,
  routes: LoadRoute[],
  streams: (() => string)[],
  o: LoadBenchOptions,
): Promise<{ perRoute: Map<string, number>; loop: LoopDelay }> {
  const kept = routes.flatMap((r, i) => (r.export === PNG ? [] : [i]));
  const connections = splitConnections(
    kept.map((i) => routes[i]!.weight),
    o.connections,
  );
  progress(`load: ${o.contrast} s of the same mix without ${PNG}`);
  await server.ask('loop-start');
  const results = await runAll(
    server,
    kept.map((i) => routes[i]!),
    connections,
    kept.map((i) => streams[i]!),
    o.contrast,
  );
  const loop = loopDelay(await server.ask('loop-stop'));
  return {
    perRoute: new Map(
      kept.map((i, j) => [routes[i]!.name, results[j]!.requests.total / results[j]!.duration]),
    ),
    loop,
  };
}

function loopDelay(a: LoopDelay): LoopDelay {
  return { maxMs: a.maxMs, p99Ms: a.p99Ms, meanMs: a.meanMs };
}

async function memory(server: ServerProcess): Promise<Memory> {
  const { collected, rss, heapUsed, heapTotal, external } = await server.ask('memory');
  const m: Memory = { collected, rss, heapUsed, heapTotal, external };
  if (!collected) progress('load: warning: the server cannot collect garbage (no --expose-gc)');
  return m;
}

/** Every route's autocannon at once, for the same duration, each on its own connections. */
function runAll(
  server: ServerProcess,
  routes: LoadRoute[],
  connections: number[],
  streams: (() => string)[],
  duration: number,
): Promise<Result[]> {
  return Promise.all(
    routes.map((_, i) =>
      autocannon({
        url: server.base,
        connections: connections[i]!,
        duration,
        timeout: TIMEOUT_S,
        headers: HEADERS,
        requests: [{ setupRequest: (request) => ({ ...request, path: streams[i]!() }) }],
      }),
    ),
  );
}

function routeResult(
  route: LoadRoute,
  connections: number,
  r: Result,
  examples: string[],
  rendered: number | undefined,
): RouteResult {
  return {
    route: route.name,
    connections,
    requestsPerSec: r.requests.total / r.duration,
    latencyP50: r.latency.p50,
    latencyP99: r.latency.p99,
    latencyMax: r.latency.max,
    requests: r.requests.total,
    errors: r.errors,
    timeouts: r.timeouts,
    statuses: Object.fromEntries(
      Object.entries(r.statusCodeStats).map(([status, { count }]) => [status, count]),
    ),
    ...(rendered === undefined ? {} : { renders: rendered }),
    examples,
  };
}
