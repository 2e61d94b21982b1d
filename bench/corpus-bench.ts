// The 1,000-document corpus on disk: cold loads in fresh child processes (time, steps, peak RSS), then path queries on its graph against graphology.
/// <reference types="node" />
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { buildGraph } from '../graph/build.js';
import { loadCorpus } from '../graph/corpus/load.js';
import type { ColdLoadResult } from './cold-load.js';
import { ALONE } from './cold-load-modes.js';
import { benchPathsOn, type EngineBenchOptions, type PathsOnResult } from './engine-bench.js';
import { sampleTreeRss } from './process-tree-rss.js';
import { startFlags } from './start-flags.js';
import { progress } from './stats.js';
import { syntheticCorpusDir, type SyntheticCorpusOptions } from './synthetic-corpus.js';

export interface CorpusBenchOptions {
  corpus: SyntheticCorpusOptions;
  /** Cold loads, each in a fresh process: the report gives the median one and every total. */
  loads: number;
  paths: Omit<EngineBenchOptions, 'edges' | 'aStarPairs'>;
}

export interface CorpusBenchResult {
  corpus: SyntheticCorpusOptions;
  /** Writing the corpus (0 when an earlier run's copy in the temp folder was reused). */
  writeMs: number;
  /** Each cold load, in the order run. */
  loads: MeasuredLoad[];
  /** The same loads in one process, without helpers, each run just after its peer in `loads`. */
  aloneLoads: MeasuredLoad[];
  paths: PathsOnResult;
}

const CHILD = fileURLToPath(new URL('./cold-load.ts', import.meta.url));

export async function benchCorpus(o: CorpusBenchOptions): Promise<CorpusBenchResult> {
  progress(`corpus: writing (or reusing) ${o.corpus.documents} documents on disk`);
  const t = performance.now();
  const dir = syntheticCorpusDir(o.corpus);
  const writeMs = performance.now() - t;
  const loads: MeasuredLoad[] = [];
  const aloneLoads: MeasuredLoad[] = [];
  for (let i = 0; i < o.loads; i++) {
    progress(`corpus: cold load ${i + 1} of ${o.loads} in a fresh process, then alone (${dir})`);
    loads.push(await coldLoadInChild(dir));
    aloneLoads.push(await coldLoadInChild(dir, [ALONE]));
  }
  const paths = await pathsOnCorpus(dir, o.paths);
  return { corpus: o.corpus, writeMs, loads, aloneLoads, paths };
}

/** A cold load in a fresh process, and the peak resident memory of it and its helpers together. */
export interface MeasuredLoad extends ColdLoadResult {
  /** Sampled every few ms from outside: the process and its helpers at once (null without /proc). */
  treePeakRss: number | null;
}

/** A fresh node, with the flags `npm start` runs the server with (tsx as the loader), so its peak RSS is the load's alone. */
async function coldLoadInChild(dir: string, mode: string[] = []): Promise<MeasuredLoad> {
  const child = spawn(process.execPath, [...startFlags(), CHILD, dir, ...mode], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const sampler = sampleTreeRss(child.pid!);
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  const [code] = (await once(child, 'close')) as [number | null];
  const treePeakRss = sampler.stop();
  if (code !== 0) throw new Error(`the cold load exited with ${code}`);
  return { ...(JSON.parse(out) as ColdLoadResult), treePeakRss };
}

/** The same graph, without the layout (paths do not depend on positions), searched by the engine and graphology. */
async function pathsOnCorpus(
  dir: string,
  options: CorpusBenchOptions['paths'],
): Promise<PathsOnResult> {
  progress('corpus: loading in this process for the path queries');
  const graph = buildGraph(await loadCorpus(dir), { layout: false });
  progress(`corpus: path queries on ${graph.order} entities, ${graph.size} relations`);
  const result = benchPathsOn(graph, options);
  graph.clear();
  return result;
}
