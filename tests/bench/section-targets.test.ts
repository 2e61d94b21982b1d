import { describe, expect, it } from 'vitest';
import type { LoadResult, Memory, RouteResult } from '../../bench/load-bench.js';
import { loadSection } from '../../bench/load-report.js';
import type { RunContext } from '../../bench/report.js';
import type { TimedQuery, WorstCaseResult } from '../../bench/worst-case.js';
import type { WorstHttpResult } from '../../bench/worst-case-http.js';
import { worstSection } from '../../bench/worst-case-report.js';

const context: RunContext = {
  machine: { cpu: 'cpu', cores: 2, memoryGB: 8, node: 'v20', os: 'linux', date: 'today' },
  load: { start: 1, end: 1 },
  command: 'npm run bench',
};
const loop = { maxMs: 20, p99Ms: 5, meanMs: 1 };
const MB = 1024 * 1024;
const memory = (rss: number, heap: number): Memory => ({
  collected: true,
  rss: rss * MB,
  heapUsed: heap * MB,
  heapTotal: 2 * heap * MB,
  external: MB,
});
const route = (statuses: Record<string, number>): RouteResult => ({
  route: '/api/graph',
  connections: 50,
  requestsPerSec: 100,
  latencyP50: 10,
  latencyP99: 50,
  latencyMax: 80,
  requests: 3000,
  errors: 0,
  timeouts: 0,
  statuses,
  examples: ['/api/graph'],
  withoutPngPerSec: 120,
});
const load = (after: Memory, statuses: Record<string, number> = { 200: 3000 }): LoadResult => ({
  corpusDir: 'c',
  nodes: 8,
  edges: 9,
  connections: 50,
  duration: 30,
  warmup: 5,
  headers: {},
  routes: [route(statuses)],
  loop,
  memory: { fresh: memory(100, 30), warm: memory(200, 40), after },
  rssDuringLoad: [],
  rssEverySeconds: 5,
  withoutPng: { duration: 10, loop },
});
const targetRow = (doc: string, start: string) =>
  doc.split('\n').find((line) => line.startsWith(`| ${start}`));

describe('loadSection', () => {
  it('should meet the memory target when growth over the load is under 20%', () => {
    const doc = loadSection({ ...context, result: load(memory(230, 44)) });
    expect(targetRow(doc, 'server memory')).toMatch(/\| yes \|$/);
  });

  it('should miss the memory target when RSS grows by 20% or more', () => {
    const doc = loadSection({ ...context, result: load(memory(260, 41)) });
    expect(targetRow(doc, 'server memory')).toMatch(/\*\*no\*\*/);
  });

  it('should count 5xx answers against the target and list non-2xx by status', () => {
    const doc = loadSection({
      ...context,
      result: load(memory(200, 40), { 200: 2990, 404: 7, 503: 3 }),
    });
    expect(targetRow(doc, 'zero 5xx')).toMatch(/3 \(non-2xx: 404: 7, 503: 3\).*\*\*no\*\*/);
  });
});

const query = (ms: number, outcome: TimedQuery['outcome']): TimedQuery => ({
  group: 'random',
  stops: [],
  ms,
  outcome,
  paths: 0,
});
const summary = { count: 2, median: 10, p99: 40, mean: 25, max: 40 };
const engine = (exhaustMs: number): WorstCaseResult => ({
  edges: 1_000_000,
  nodes: 227_000,
  maxDegree: 2000,
  buildMs: 30_000,
  budget: 5_000_000,
  queries: [query(10, 'no path'), query(40, 'answered')],
  summary,
  groups: { random: summary },
  exhaust: [{ budget: 5_000_000, ms: exhaustMs, runs: [exhaustMs] }],
  usPerEntry: exhaustMs / 5000,
});
const http: WorstHttpResult = {
  corpusDir: 'c',
  nodes: 8,
  edges: 9,
  connections: 4,
  duration: 10,
  examples: ['/a', '/b'],
  requests: 100,
  requestsPerSec: 10,
  latencyP50: 1,
  latencyP99: 2,
  latencyMax: 3,
  errors: 0,
  statuses: { 200: 100 },
  idle: loop,
  loaded: loop,
};

describe('worstSection', () => {
  it('should say what budget keeps the block under 250 ms when the budget allows over 1 s', () => {
    const doc = worstSection({ ...context, engine: engine(3000), http });
    expect(doc).toContain('**Over 1.0 s**');
    expect(doc).toContain('~417k entries would keep it under 250 ms');
    expect(targetRow(doc, 'what the budget guarantees')).toMatch(/\*\*no\*\* \/ \*\*no\*\*/);
  });

  it('should meet the targets when the budget is exhausted within 250 ms', () => {
    const doc = worstSection({ ...context, engine: engine(200), http });
    expect(doc).not.toContain('**Over');
    expect(targetRow(doc, 'what the budget guarantees')).toMatch(/yes \/ yes/);
    expect(targetRow(doc, 'the worst allowed query')).toMatch(/2 of 2 did .*\| yes \|$/);
  });
});
