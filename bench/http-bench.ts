// The HTTP API under load: autocannon against the real app, which runs in a child process on a loopback port.
import autocannon from 'autocannon';
import type { PathAnswer } from '../graph/query/types.js';
import { runShape, startServer, type RunShape } from './server-process.js';
import { progress } from './stats.js';

export interface HttpBenchOptions {
  corpusDir: string;
  /** Path and query string of the /api/paths request to load, e.g. `/api/paths?from=mao&to=nixon`. */
  pathsUrl: string;
  connections: number;
  /** Seconds of measured load per endpoint. */
  duration: number;
  /** Seconds of unmeasured load first, so the routes are compiled. */
  warmup: number;
  /** Measured runs per endpoint, taken in turn; the best of each is reported. */
  rounds: number;
}

export interface EndpointResult {
  url: string;
  requestsPerSec: number;
  latencyP50: number;
  latencyP99: number;
  latencyMean: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

export interface HttpResult extends RunShape {
  rounds: number;
  /** What the /api/paths request answers: its paths' lengths and the first narrative. */
  pathsAnswer: { status: number; lengths: number[]; narrative: string | null };
  health: EndpointResult;
  paths: EndpointResult;
}

const HEALTH_URL = '/api/health';

export async function benchHttp(o: HttpBenchOptions): Promise<HttpResult> {
  progress(`HTTP: measuring ${o.corpusDir}`);
  const server = await startServer(o.corpusDir, false);
  try {
    const pathsAnswer = await probe(`${server.base}${o.pathsUrl}`);
    // Rounds taken in turn, the best of each endpoint kept: other work on the two cores comes and goes, and a
    // single pair of runs once swung the ratio between 46% and 62%.
    let health: EndpointResult | null = null;
    let paths: EndpointResult | null = null;
    for (let round = 1; round <= o.rounds; round++) {
      progress(`HTTP: round ${round} of ${o.rounds}`);
      health = best(health, await load(`${server.base}${HEALTH_URL}`, o));
      paths = best(paths, await load(`${server.base}${o.pathsUrl}`, o));
    }
    return {
      rounds: o.rounds,
      ...runShape(server, o),
      pathsAnswer,
      health: health!,
      paths: paths!,
    };
  } finally {
    await server.stop();
  }
}

/** One request first: the load test is only worth running on a query that answers with paths. */
async function probe(url: string): Promise<HttpResult['pathsAnswer']> {
  const response = await fetch(url);
  const body = (await response.json()) as Partial<PathAnswer>;
  const paths = body.paths ?? [];
  if (!response.ok || paths.length === 0)
    progress(`HTTP: warning: ${url} answered ${response.status} with ${paths.length} paths`);
  return {
    status: response.status,
    lengths: paths.map((p) => p.length),
    narrative: paths[0]?.narrative ?? null,
  };
}

function best(a: EndpointResult | null, b: EndpointResult): EndpointResult {
  return a && a.requestsPerSec >= b.requestsPerSec ? a : b;
}

async function load(url: string, o: HttpBenchOptions): Promise<EndpointResult> {
  const path = url.slice(url.indexOf('/api'));
  progress(
    `HTTP: ${path}: ${o.warmup} s warm-up, then ${o.duration} s with ${o.connections} connections`,
  );
  await autocannon({ url, connections: o.connections, duration: o.warmup });
  const r = await autocannon({ url, connections: o.connections, duration: o.duration });
  return {
    url: path,
    requestsPerSec: r.requests.average,
    latencyP50: r.latency.p50,
    latencyP99: r.latency.p99,
    latencyMean: r.latency.average,
    requests: r.requests.total,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
  };
}
