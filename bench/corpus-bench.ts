// The 1,000-document corpus on disk: cold loads in fresh child processes (time, steps, peak RSS), then path queries on its graph against graphology.
/// <reference types="node" />
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildGraph } from '../graph/build.js';
import { loadCorpus } from '../graph/corpus/load.js';
import type { ColdLoadResult } from './cold-load.js';
import { benchPathsOn, type EngineBenchOptions, type PathsOnResult } from './engine-bench.js';
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
  loads: ColdLoadResult[];
  paths: PathsOnResult;
}

const CHILD = fileURLToPath(new URL('./cold-load.ts', import.meta.url));

export async function benchCorpus(o: CorpusBenchOptions): Promise<CorpusBenchResult> {
  progress(`corpus: writing (or reusing) ${o.corpus.documents} documents on disk`);
  const t = performance.now();
  const dir = syntheticCorpusDir(o.corpus);
  const writeMs = performance.now() - t;
  const loads: ColdLoadResult[] = [];
  for (let i = 0; i < o.loads; i++) {
    progress(`corpus: cold load ${i + 1} of ${o.loads} in a fresh process (${dir})`);
    loads.push(coldLoadInChild(dir));
  }
  const paths = await pathsOnCorpus(dir, o.paths);
  return { corpus: o.corpus, writeMs, loads, paths };
}

/** A fresh node, as `npm start` runs the server (tsx as the loader), so its peak RSS is the load's alone. */
function coldLoadInChild(dir: string): ColdLoadResult {
  const out = execFileSync(process.execPath, ['--import', 'tsx', CHILD, dir], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out) as ColdLoadResult;
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
