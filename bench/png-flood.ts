// A PNG flood from one client against another client's PNGs: issue 12's probe, replayed against the real server.
import { startServer, type ServerProcess } from './server-process.js';
import { percentile, progress } from './stats.js';

export interface FloodOptions {
  corpusDir: string;
  /** Requests the flooding client sends, each for a view nobody asked for before (distinct `at=`). */
  floodRequests: number;
  /** Its pace: requests per second (10/s stays under the default 600 a minute). */
  floodPerSecond: number;
  /** It hangs up this long after each request. */
  hangUpMs: number;
  /** PNGs the other client asks for, one after the other, during the flood and alone before it. */
  victimRequests: number;
}

export interface Latencies {
  samples: number;
  medianMs: number;
  maxMs: number;
  statuses: Record<string, number>;
}

export interface FloodResult {
  options: FloodOptions;
  nodes: number;
  edges: number;
  /** The other client's PNG latencies alone, then under the flood. */
  alone: Latencies;
  flooded: Latencies;
  /** What the flooding client got: statuses, or `hung up` when it left first. */
  flood: Record<string, number>;
  /** PNGs the server rendered during the flood (the rest were dropped, refused or cached). */
  rendered: number;
}

/** Each client is told apart by the address a trusted proxy on loopback would forward. */
const FLOODER = '203.0.113.66';
const VICTIM = '198.51.100.7';

async function timedPng(base: string, query: string, client: string): Promise<[number, string]> {
  const started = performance.now();
  try {
    const res = await fetch(`${base}/api/export/graph.png?${query}`, {
      headers: { 'x-forwarded-for': client },
    });
    await res.arrayBuffer();
    return [performance.now() - started, String(res.status)];
  } catch {
    return [performance.now() - started, 'failed'];
  }
}

/** The other client: PNGs of path views, each different, one after the other. */
async function victim(server: ServerProcess, count: number, offset: number): Promise<Latencies> {
  const ids = ['mao-zedong', 'nikita-khrushchev', 'richard-nixon', 'vladimir-putin', 'xi-jinping'];
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  for (let i = 0; i < count; i++) {
    const from = ids[i % ids.length]!;
    const to = ids[(i + 1 + Math.floor(i / ids.length)) % ids.length]!;
    const [took, status] = await timedPng(
      server.base,
      `from=${from}&to=${to}&at=${1000 + offset + i}`,
      VICTIM,
    );
    times.push(took);
    statuses[status] = (statuses[status] ?? 0) + 1;
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    samples: count,
    medianMs: percentile(sorted, 50),
    maxMs: sorted.at(-1) ?? 0,
    statuses,
  };
}

/** The flooding client: distinct views at a steady pace, each dropped after `hangUpMs`. */
async function flood(server: ServerProcess, o: FloodOptions): Promise<Record<string, number>> {
  const outcomes: Record<string, number> = {};
  const sent: Promise<void>[] = [];
  for (let i = 0; i < o.floodRequests; i++) {
    const signal = AbortSignal.timeout(o.hangUpMs);
    sent.push(
      fetch(`${server.base}/api/export/graph.png?at=${1900 + i}`, {
        headers: { 'x-forwarded-for': FLOODER },
        signal,
      })
        .then(async (res) => {
          await res.arrayBuffer();
          return String(res.status);
        })
        .catch(() => 'hung up')
        .then((outcome) => void (outcomes[outcome] = (outcomes[outcome] ?? 0) + 1)),
    );
    await new Promise((r) => setTimeout(r, 1000 / o.floodPerSecond));
  }
  await Promise.all(sent);
  return outcomes;
}

export async function benchPngFlood(o: FloodOptions): Promise<FloodResult> {
  const server = await startServer(o.corpusDir, false, ['--production-limits']);
  try {
    progress('png flood: the other client alone');
    const alone = await victim(server, o.victimRequests, 0);
    const before = await server.ask('renders');
    progress(
      `png flood: ${o.floodRequests} PNGs at ${o.floodPerSecond}/s, each dropped after ${o.hangUpMs} ms`,
    );
    const flooding = flood(server, o);
    // The flood is under way (its first requests queued) before the other client asks.
    await new Promise((r) => setTimeout(r, 1000));
    const flooded = await victim(server, o.victimRequests, 500);
    const floodOutcomes = await flooding;
    const after = await server.ask('renders');
    // The other client's PNGs under the flood were all new views: each answered 200 is one render of its own.
    const rendered =
      (after.counts['graph.png'] ?? 0) -
      (before.counts['graph.png'] ?? 0) -
      (flooded.statuses['200'] ?? 0);
    return {
      options: o,
      nodes: server.nodes,
      edges: server.edges,
      alone,
      flooded,
      flood: floodOutcomes,
      rendered,
    };
  } finally {
    await server.stop();
  }
}
