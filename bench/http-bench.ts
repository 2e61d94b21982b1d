// The HTTP API under load: autocannon against the real app, which runs in a child process on a loopback port.
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import autocannon from 'autocannon';
import type { PathAnswer } from '../graph/query/types.js';
import type { ServerReady } from './http-server.js';
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

export interface HttpResult {
  corpusDir: string;
  nodes: number;
  edges: number;
  connections: number;
  duration: number;
  /** What the /api/paths request answers: its paths' lengths and the first narrative. */
  pathsAnswer: { status: number; lengths: number[]; narrative: string | null };
  health: EndpointResult;
  paths: EndpointResult;
}

const HEALTH_URL = '/api/health';
const STARTUP_TIMEOUT_MS = 60_000;

export async function benchHttp(o: HttpBenchOptions): Promise<HttpResult> {
  progress(`HTTP: starting the app over ${o.corpusDir} in a child process`);
  // tsx as a loader of the child (not the tsx CLI, which would leave a grandchild behind).
  const child = fork('bench/http-server.ts', [o.corpusDir], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    const ready = await serverReady(child);
    const base = `http://127.0.0.1:${ready.port}`;
    const pathsAnswer = await probe(`${base}${o.pathsUrl}`);
    const health = await load(`${base}${HEALTH_URL}`, o);
    const paths = await load(`${base}${o.pathsUrl}`, o);
    return {
      corpusDir: o.corpusDir,
      nodes: ready.nodes,
      edges: ready.edges,
      connections: o.connections,
      duration: o.duration,
      pathsAnswer,
      health,
      paths,
    };
  } finally {
    await stop(child);
  }
}

async function serverReady(child: ChildProcess): Promise<ServerReady> {
  const timeout = AbortSignal.timeout(STARTUP_TIMEOUT_MS);
  const [message] = (await once(child, 'message', { signal: timeout })) as [
    ServerReady | { error: string },
  ];
  if ('error' in message) throw new Error(`bench: the server did not start: ${message.error}`);
  return message;
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

/** Ends the child this benchmark started: disconnecting asks it to close; a kill if it lingers. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = once(child, 'exit');
  if (child.connected) child.disconnect();
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
