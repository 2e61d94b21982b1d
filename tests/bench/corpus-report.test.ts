// The corpus section: the median cold load is the one reported, and the targets say met or not met.
import { describe, expect, it } from 'vitest';
import type { CorpusBenchResult, MeasuredLoad } from '../../bench/corpus-bench.js';
import { corpusSection, medianLoad, peakOf, type CorpusReport } from '../../bench/corpus-report.js';
import type { QueryTiming } from '../../bench/engine-bench.js';
import type { Summary } from '../../bench/stats.js';
import { DEFAULT_CORPUS_OPTIONS } from '../../bench/synthetic-corpus.js';

const MB = 1024 * 1024;
const load = (totalMs: number, peakMB: number): MeasuredLoad => ({
  steps: { read: 1, parse: 2, assemble: 3, build: 4, layout: 5, index: totalMs - 15 },
  totalMs,
  cpuMs: totalMs,
  helpers: [{ peakRss: 100 * MB, cpuMs: totalMs / 2 }],
  treePeakRss: peakMB * MB,
  documents: 1000,
  nodes: 5000,
  edges: 150_000,
  peakRss: peakMB * MB,
  baseRss: 100 * MB,
});
const summary = (median: number): Summary => ({
  count: 10,
  median,
  p99: median,
  mean: median,
  max: median,
});
const timing: QueryTiming = {
  summary: summary(1),
  queries: 10,
  answered: 10,
  refused: 0,
  meanPaths: 1,
  meanLength: 3,
};
const result = (loads: MeasuredLoad[]): CorpusBenchResult => ({
  corpus: DEFAULT_CORPUS_OPTIONS,
  writeMs: 0,
  loads,
  aloneLoads: loads.map((l) => ({ ...l, totalMs: l.totalMs * 1.5, helpers: [] })),
  paths: {
    shortest: {
      engine: summary(1),
      engineSearch: summary(0.5),
      graphology: summary(1),
      graphologyCopy: summary(1),
    },
    agreement: {
      compared: 10,
      agreed: 10,
      noPath: 0,
      beyondMaxHops: 0,
      invalid: 0,
      disagreements: [],
      distances: {},
    },
    kPaths: timing,
    waypoints: timing,
  },
});
const report = (loads: MeasuredLoad[]): CorpusReport => ({
  machine: { cpu: 'cpu', cores: 2, memoryGB: 8, node: 'v20', os: 'linux', date: 'today' },
  load: { start: 1, end: 1 },
  command: 'npm run bench',
  options: {
    corpus: DEFAULT_CORPUS_OPTIONS,
    loads: loads.length,
    paths: {
      seed: 's',
      pairs: 10,
      kPairs: 10,
      k: 5,
      routes: 10,
      waypoints: 2,
      repeats: 3,
      warmup: 1,
    },
  },
  result: result(loads),
});
const row = (doc: string, start: string) => doc.split('\n').find((l) => l.startsWith(`| ${start}`));

describe('corpusSection', () => {
  it('should report the median of the cold loads', () => {
    expect(medianLoad([load(9000, 1), load(3000, 1), load(4000, 1)]).totalMs).toBe(4000);
  });

  it('should meet the targets under 5 s and 1 GB, and not over them', () => {
    const met = corpusSection(report([load(4000, 900)]));
    expect(row(met, 'cold load')).toMatch(/\| yes \|$/);
    expect(row(met, '… with RSS')).toMatch(/\| yes \|$/);
    const missed = corpusSection(report([load(6000, 1100)]));
    expect(row(missed, 'cold load')).toMatch(/\*\*no\*\* \|$/);
    expect(row(missed, '… with RSS')).toMatch(/\*\*no\*\* \|$/);
  });

  it('should judge paths against graphology on the same graph, and show the copy beside it', () => {
    const r = report([load(4000, 900)]);
    r.result.paths.shortest.graphologyCopy = summary(0.8);
    const doc = corpusSection(r);
    expect(row(doc, 'shortest path')).toMatch(/search 0\.50×, full answer 1\.00× \| yes \|$/);
    expect(row(doc, '… and on a simple')).toMatch(
      /full answer 1\.25× \| yes for the search; \*\*no\*\* for the full answer \|$/,
    );
  });

  it('should compare the load with its peer in one process, run alongside', () => {
    expect(corpusSection(report([load(4000, 900)]))).toContain(
      'The helper makes the cold load **1.50× as fast**',
    );
  });

  it("should add each process's own peak when the two could not be sampled together", () => {
    const unsampled = { ...load(4000, 900), peakRss: 950 * MB, treePeakRss: null };
    expect(peakOf(unsampled)).toBe(1050 * MB);
    expect(row(corpusSection(report([unsampled])), '… with RSS')).toMatch(/\*\*no\*\* \|$/);
  });
});
