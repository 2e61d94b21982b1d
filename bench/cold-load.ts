// Child process of the corpus benchmark: loads a corpus as the server starts (loadEssay's steps, timed one by one) and prints the times and peak RSS as JSON.
/// <reference types="node" />
import { ALONE } from './cold-load-modes.js';
import { DRAWN_LAYOUT } from '../export/drawn-graph.js';
import { buildGraph } from '../graph/build.js';
import {
  corpusOfParts,
  partsOfParsed,
  registryNameables,
  registryOrProblems,
} from '../graph/corpus/assemble.js';
import { assemblingListener } from '../graph/corpus/assembly.js';
import { readCorpusFiles } from '../graph/corpus/load.js';
import { loadHelpers, type HelperUsage } from '../graph/corpus/load-helpers.js';
import { settleGraph, spreadGraph } from '../graph/layout.js';
import { placeSpread } from '../graph/layout-structure.js';
import { createEntityIndex } from '../graph/search.js';

/** What the child prints: each step's wall time in ms, the graph's size and the process's peak RSS in bytes. */
export interface ColdLoadResult {
  steps: {
    read: number;
    parse: number;
    assemble: number;
    build: number;
    layout: number;
    index: number;
  };
  totalMs: number;
  /** CPU time of the whole process over the load (user + system, all threads): on a busy machine, what wall time hides. */
  cpuMs: number;
  /** Each helper process's peak RSS and CPU time, asked before it was stopped. */
  helpers: HelperUsage[];
  documents: number;
  nodes: number;
  edges: number;
  peakRss: number;
  /** RSS before the load began: the runtime and the modules the server imports anyway. */
  baseRss: number;
}

/**
 * The same work as loadEssay(dir, { layout: DRAWN_LAYOUT }) (graph/essay.ts), split so that each step has its own
 * time: loadCorpusParts is readCorpusFiles (the helper processes start as the reading begins), then the parse
 * (this process reads the annotations and assembles each document as its text comes back from a helper, a
 * helper per other core reads the texts) and partsOfParsed (what is left of the assembly); then corpusOfParts;
 * then the graph and its search index are built here while the helper spreads the layout (its first half), and
 * the layout's second half is done here.
 */
async function coldLoad(dir: string, alone: boolean): Promise<ColdLoadResult> {
  const baseRss = process.memoryUsage().rss;
  const cpu = process.cpuUsage();
  const marks = [performance.now()];
  const lap = () => marks.push(performance.now());
  const helpers = loadHelpers();
  const files = await readCorpusFiles(dir, alone ? undefined : (count) => helpers.expect(count));
  lap();
  const registry = registryOrProblems(files.registry);
  const assembling = assemblingListener(registry, files.documents);
  const { parsed, registryMatches } = await helpers.parse(
    files.documents,
    registryNameables(registry),
    assembling,
  );
  lap();
  const corpus = corpusOfParts(
    partsOfParsed(registry, parsed, registryMatches, assembling.begun()),
  );
  lap();
  const { nodeSize, ...options } = DRAWN_LAYOUT;
  const { positions } = await helpers.spread(corpus, options);
  const graph = buildGraph(corpus, { layout: false });
  lap();
  createEntityIndex(graph);
  lap();
  const spread = await positions;
  if (spread) placeSpread(graph, spread);
  else spreadGraph(graph, options);
  settleGraph(graph, nodeSize);
  lap();
  const usage = await helpers.usage();
  helpers.stop();
  const [read, parse, assemble, build, index, layout] = marks
    .slice(1)
    .map((t, i) => t - marks[i]!) as [number, number, number, number, number, number];
  return {
    steps: { read, parse, assemble, build, layout, index },
    totalMs: marks[marks.length - 1]! - marks[0]!,
    cpuMs: cpuMs(process.cpuUsage(cpu)),
    helpers: usage,
    documents: corpus.documents.length,
    nodes: graph.order,
    edges: graph.size,
    peakRss: process.resourceUsage().maxRSS * 1024,
    baseRss,
  };
}

function cpuMs({ user, system }: NodeJS.CpuUsage): number {
  return (user + system) / 1000;
}

const [dir, mode] = process.argv.slice(2);
if (!dir || (mode !== undefined && mode !== ALONE))
  throw new Error(`usage: node --import tsx bench/cold-load.ts CORPUS_DIR [${ALONE}]`);
process.stdout.write(`${JSON.stringify(await coldLoad(dir, mode === ALONE))}\n`);
