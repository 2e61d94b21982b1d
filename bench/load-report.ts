// The "Load" section of docs/performance.md: per-route figures of the mixed load, errors, statuses, memory.
import type { LoadResult, Memory, RouteResult } from './load-bench.js';
import { growth } from './load-mix.js';
import { provenance, TARGETS, type RunContext } from './report.js';
import { int, mb, ms, pct, signedPct, table, times, yes } from './report-format.js';

export interface LoadReport extends RunContext {
  result: LoadResult;
}

export function loadSection(r: LoadReport): string {
  const h = r.result;
  const { fresh, after } = h.memory;
  return [
    '## Load',
    provenance(
      r,
      'every route is then slowed alike, and the load generator (one process) competes with the server for the ' +
        'same cores.',
    ),
    '### Method',
    loadMethod(h),
    '### Per route',
    routeTable(h),
    saturationNote(h),
    '### Memory of the server process',
    memoryTable(h),
    targetTable(h),
    `RSS during the load, every ${h.rssEverySeconds} s (no collection first): ` +
      `${h.rssDuringLoad.map((b) => mb(b)).join(', ') || '–'} MB.`,
    memoryNote(fresh, after),
  ].join('\n\n');
}

/** How the load was made: the server, the mix, the headers, the memory readings and sample requests. */
function loadMethod(h: LoadResult): string {
  const routes = h.routes;
  return [
    `- The real app (\`createApp\` from server/app.ts, served by \`createHttpServer\` as in production) over ` +
      `\`${h.corpusDir}\` (${h.nodes} entities, ${h.edges} relations), on 127.0.0.1 in a child process ` +
      '(bench/http-server.ts, run with `--expose-gc`); no request log and **no rate limit** (the production ' +
      'server has both).',
    `- **${h.duration} s, ${h.connections} connections in total**: one autocannon instance per route, all ` +
      `running at the same time for the same ${h.duration} s, after ${h.warmup} s of the same mix (unmeasured; ` +
      'it compiles the routes and fills the caches as earlier traffic would). The connections are split by ' +
      "how much of a reader's traffic each route gets (column `conn.`); autocannon keeps each connection " +
      'busy, so a slow route holds its connections longer and gets fewer requests through.',
    `- Requests carry \`${Object.entries(h.headers)
      .map(([k, v]) => `${k}: ${v}`)
      .join('`, `')}\` as a browser's do, so answers are compressed as a reader would get them.`,
    '- Every request is different, drawn from the corpus by bench/load-mix.ts (seeded; entities picked in ' +
      'proportion to their degree): whole and filtered graph views; searches for whole names, names with a ' +
      'typo and prefixes; shortest paths, k=3, one or two waypoints and `maxHops=8`, endpoints by id or by ' +
      'label; one-line queries; entity details; neighbourhoods of depth 2; and exports of popular views and, ' +
      'now and then, of a view nobody asked for before (an uncached render; see the table below).',
    `- Memory: the server's \`process.memoryUsage()\` after two full collections (\`global.gc()\`), asked over ` +
      'IPC before any request, after the warm-up and after the load.',
    `- Examples: ${routes.map((e) => `\`${e.examples[0]}\``).join(', ')}.`,
  ].join('\n');
}

/** Each route's throughput, latencies, errors and renders, and the total. */
function routeTable(h: LoadResult): string {
  const routes = h.routes;
  return [
    table(
      [
        'route',
        'conn.',
        'req/s',
        'p50',
        'p99',
        'max',
        'requests',
        'errors (timeouts)',
        'non-2xx',
        'uncached renders',
        `req/s without PNG`,
      ],
      [...routes.map(loadRow), totalRow(routes)],
    ),
    'Latencies are those of 2xx answers (autocannon records no other), in ms. "Uncached renders" counts the ' +
      "export's renders the server made during the load, of its requests (the rest came from the server's cache " +
      'of rendered views, an LRU of 32 views shared by all formats; a render begun near the end may finish after ' +
      "it). A PNG render is about a second of CPU in resvg, off the event loop in libuv's thread pool, then " +
      'a synchronous PNG encoding (`asPng`) of 60–200 ms on the event loop.',
  ].join('\n\n');
}

/** The server's memory before any request, after the warm-up and after the load. */
function memoryTable(h: LoadResult): string {
  const { fresh, warm, after } = h.memory;
  return table(
    [
      '',
      'before any request',
      'after the warm-up',
      `after the ${h.duration} s load`,
      'growth over the load',
      'growth from start',
    ],
    [
      memoryRow('RSS', (m) => m.rss, fresh, warm, after),
      memoryRow('heap used', (m) => m.heapUsed, fresh, warm, after),
      memoryRow('heap total', (m) => m.heapTotal, fresh, warm, after),
      memoryRow('external (buffers)', (m) => m.external, fresh, warm, after),
    ],
  );
}

/** The issue's targets: no errors, no 5xx, bounded memory growth. */
function targetTable(h: LoadResult): string {
  const routes = h.routes;
  const failed = routes.reduce((n, e) => n + e.errors, 0);
  const fiveXx = countStatuses(routes, (s) => s >= 500);
  const non2xx = countStatuses(routes, (s) => s < 200 || s >= 300);
  const { warm, after } = h.memory;
  const rssGrowth = growth(warm.rss, after.rss);
  const heapGrowth = growth(warm.heapUsed, after.heapUsed);
  const memoryMet = rssGrowth < TARGETS.memoryGrowth && heapGrowth < TARGETS.memoryGrowth;
  return table(
    ['target (issue 6)', 'measured', 'met'],
    [
      ['zero errors (socket errors, timeouts)', int(failed), yes(failed === 0)],
      [
        'zero 5xx',
        `${int(fiveXx)} (non-2xx: ${non2xx === 0 ? 'none' : statusList(routes)})`,
        yes(fiveXx === 0),
      ],
      [
        `server memory grows by less than ${pct(TARGETS.memoryGrowth)} over the load`,
        `RSS ${signedPct(rssGrowth)}, heap used ${signedPct(heapGrowth)} (after the warm-up → after the load)`,
        yes(memoryMet),
      ],
    ],
  );
}

/** Why latencies are what they are under a closed-loop load, from this run's figures. */
function saturationNote(h: LoadResult): string {
  const perSec = h.routes.reduce((s, e) => s + e.requestsPerSec, 0);
  const without = h.routes.reduce((s, e) => s + (e.withoutPngPerSec ?? 0), 0);
  return (
    `**Reading the figures.** autocannon keeps all ${h.connections} connections busy, so the server is ` +
    `saturated by design: at ${int(perSec)} req/s in all, a request spends on average ${int((h.connections / perSec) * 1000)} ms ` +
    "in the server (Little's law), most of it queued behind the others' requests, whatever its own cost. " +
    `The server's event loop during the load: longest delay ${ms(h.loop.maxMs)} ms, p99 ${ms(h.loop.p99Ms)} ms, ` +
    `mean ${ms(h.loop.meanMs)} ms. The last column is a second run of ${h.withoutPng.duration} s right after, ` +
    `the same mix without graph.png (its connections given to the others): ${int(without)} req/s in all ` +
    `(${times(without / perSec)}), event loop longest delay ${ms(h.withoutPng.loop.maxMs)} ms, mean ` +
    `${ms(h.withoutPng.loop.meanMs)} ms. The uncached PNG renders take CPU the two cores would otherwise give ` +
    'the other routes.'
  );
}

function loadRow(e: RouteResult): string[] {
  const non2xx = Object.entries(e.statuses).filter(([s]) => !s.startsWith('2'));
  return [
    `\`${e.route}\``,
    int(e.connections),
    rate(e.requestsPerSec),
    `${e.latencyP50}`,
    `${e.latencyP99}`,
    `${e.latencyMax}`,
    int(e.requests),
    `${int(e.errors)} (${int(e.timeouts)})`,
    non2xx.length ? non2xx.map(([s, n]) => `${s}: ${int(n)}`).join(', ') : '0',
    e.renders === undefined
      ? ''
      : `${int(e.renders)} of ${int(e.requests)} (${pct(e.renders / Math.max(1, e.requests))})`,
    e.withoutPngPerSec === undefined ? '–' : rate(e.withoutPngPerSec),
  ];
}

function rate(perSec: number): string {
  return perSec < 10 ? perSec.toFixed(1) : int(perSec);
}

function totalRow(routes: RouteResult[]): string[] {
  const sum = (f: (e: RouteResult) => number) => routes.reduce((s, e) => s + f(e), 0);
  const non2xx = countStatuses(routes, (s) => s < 200 || s >= 300);
  return [
    '**all routes**',
    int(sum((e) => e.connections)),
    `**${int(sum((e) => e.requestsPerSec))}**`,
    '',
    '',
    `${Math.max(...routes.map((e) => e.latencyMax))}`,
    int(sum((e) => e.requests)),
    `${int(sum((e) => e.errors))} (${int(sum((e) => e.timeouts))})`,
    int(non2xx),
    '',
    `**${int(sum((e) => e.withoutPngPerSec ?? 0))}**`,
  ];
}

function countStatuses(routes: RouteResult[], which: (status: number) => boolean): number {
  return routes.reduce(
    (n, e) =>
      n +
      Object.entries(e.statuses)
        .filter(([s]) => which(Number(s)))
        .reduce((m, [, c]) => m + c, 0),
    0,
  );
}

function statusList(routes: RouteResult[]): string {
  const by = new Map<string, number>();
  for (const e of routes)
    for (const [s, n] of Object.entries(e.statuses))
      if (!s.startsWith('2')) by.set(s, (by.get(s) ?? 0) + n);
  return [...by].map(([s, n]) => `${s}: ${int(n)}`).join(', ');
}

function memoryRow(
  label: string,
  of: (m: Memory) => number,
  fresh: Memory,
  warm: Memory,
  after: Memory,
): string[] {
  return [
    label,
    `${mb(of(fresh))} MB`,
    `${mb(of(warm))} MB`,
    `${mb(of(after))} MB`,
    signedPct(growth(of(warm), of(after))),
    signedPct(growth(of(fresh), of(after))),
  ];
}

function memoryNote(fresh: Memory, after: Memory): string {
  const rss = growth(fresh.rss, after.rss);
  const heapMB = (after.heapUsed - fresh.heapUsed) / (1024 * 1024);
  const externalMB = (after.external - fresh.external) / (1024 * 1024);
  return (
    'The target is judged over the load, from after the warm-up: by then the caches (rendered exports, ' +
    'serialized graph views, search answers; all bounded) hold what the mix asks for, and what is left to grow ' +
    `is what a leak would add. From the fresh process, before any request, RSS grew by ${signedPct(rss)} ` +
    `(${mb(fresh.rss)} → ${mb(after.rss)} MB) while the heap in use grew by ${heapMB.toFixed(1)} MB and ` +
    `external memory by ${externalMB.toFixed(1)} MB` +
    (rss >= TARGETS.memoryGrowth
      ? ': the growth is native memory outside the JavaScript heap (RSS counts what the process holds, ' +
        'including what the allocator keeps after it is freed), not JavaScript objects.'
      : '.')
  );
}
