// The server under load, in its own process: the real app over a corpus, on a loopback port told to the parent,
// which may ask over IPC for the process's memory, its event loop's longest delays and the exports it rendered.
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { loadEssay } from '../graph/essay.js';
import { DRAWN_LAYOUT } from '../export/drawn-graph.js';
import { EXPORT_FORMATS } from '../export/formats.js';
import { createApp, type AppOptions } from '../server/app.js';
import { readConfig } from '../server/config.js';
import { fixedEssay } from '../server/essay-source.js';
import { createHttpServer } from '../server/http-server.js';

export interface ServerReady {
  port: number;
  nodes: number;
  edges: number;
}

/** What the parent may ask; each question gets one answer of the same `type`. */
export type ServerQuestion = {
  type: 'memory' | 'rss' | 'loop-start' | 'loop-stop' | 'renders';
};

export type ServerAnswer =
  | {
      type: 'memory';
      /** After a full collection (the child runs with --expose-gc), or as is when it cannot collect. */
      collected: boolean;
      rss: number;
      heapUsed: number;
      heapTotal: number;
      external: number;
    }
  /** Resident set size as it is, without a collection: cheap enough to sample during a load. */
  | { type: 'rss'; rss: number }
  | { type: 'loop-start' }
  | { type: 'loop-stop'; maxMs: number; p99Ms: number; meanMs: number; samples: number }
  | { type: 'renders'; counts: Record<string, number> };

const send = (message: ServerReady | { error: string } | ServerAnswer) => process.send?.(message);

/** Uncached renders per export format; a cached view is served without calling `render`. */
const renders: Record<string, number> = {};
for (const format of EXPORT_FORMATS) {
  const render = format.render.bind(format);
  renders[format.name] = 0;
  format.render = (view) => {
    renders[format.name]!++;
    return render(view);
  };
}

const gc = (globalThis as { gc?: () => void }).gc;
/** Resolution 1 ms: the figure wanted is the longest block, in milliseconds. */
let loop: IntervalHistogram | null = null;

function answer(question: ServerQuestion): ServerAnswer {
  switch (question.type) {
    case 'memory': {
      gc?.();
      gc?.();
      const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
      return { type: 'memory', collected: gc !== undefined, rss, heapUsed, heapTotal, external };
    }
    case 'rss':
      return { type: 'rss', rss: process.memoryUsage.rss() };
    case 'loop-start':
      loop?.disable();
      loop = monitorEventLoopDelay({ resolution: 1 });
      loop.enable();
      return { type: 'loop-start' };
    case 'loop-stop': {
      loop?.disable();
      const h = loop;
      loop = null;
      // The histogram is in nanoseconds; an empty one reports NaN and a huge minimum.
      const ms = (ns: number | undefined) => (h && h.count > 0 && ns !== undefined ? ns / 1e6 : 0);
      return {
        type: 'loop-stop',
        maxMs: ms(h?.max),
        p99Ms: ms(h?.percentile(99)),
        meanMs: ms(h?.mean),
        samples: h?.count ?? 0,
      };
    }
    case 'renders':
      return { type: 'renders', counts: { ...renders } };
  }
}

/**
 * `--production-limits`: the limits `npm start` sets by default (RATE_LIMIT, RENDER_LIMIT), and clients told
 * apart by X-Forwarded-For from a proxy on loopback (TRUST_PROXY=loopback), so one process can play several.
 */
function limitsOf(args: string[]): Partial<AppOptions> {
  if (!args.includes('--production-limits')) return {};
  const config = readConfig({ TRUST_PROXY: 'loopback' });
  return {
    trustProxy: config.TRUST_PROXY,
    rateLimit: { limit: config.RATE_LIMIT, windowMs: 60_000 },
    renderLimit: { limit: config.RENDER_LIMIT, windowMs: 60_000 },
  };
}

try {
  const essay = await loadEssay(process.argv[2] ?? '', { layout: DRAWN_LAYOUT });
  // By default no request logger and no rate limit: the benchmark measures the routes, not the limiter's 429s.
  const app = createApp({ source: fixedEssay(essay), ...limitsOf(process.argv.slice(3)) });
  const server = createHttpServer(app).listen(0, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    send({ port, nodes: essay.graph.order, edges: essay.graph.size });
  });
  process.on('message', (question: ServerQuestion) => send(answer(question)));
  process.on('disconnect', () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
} catch (error) {
  send({ error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}
