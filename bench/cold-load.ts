// Child process of the corpus benchmark: loads a corpus as the server starts (loadEssay's steps, timed one by one) and prints the times and peak RSS as JSON.
/// <reference types="node" />
import { DRAWN_LAYOUT } from '../export/drawn-graph.js';
import { buildGraph } from '../graph/build.js';
import { corpusOfParts, partsOfParsed } from '../graph/corpus/assemble.js';
import { readCorpusFiles } from '../graph/corpus/load.js';
import { documentParser } from '../graph/corpus/parse-in-parallel.js';
import { layoutGraph } from '../graph/layout.js';
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
  documents: number;
  nodes: number;
  edges: number;
  peakRss: number;
  /** RSS before the load began: the runtime and the modules the server imports anyway. */
  baseRss: number;
}

/**
 * The same work as loadEssay(dir, { layout: DRAWN_LAYOUT }) (graph/essay.ts): loadCorpusParts is readCorpusFiles
 * (documentParser's workers start as the reading begins), then the parse (this thread and a worker per other core)
 * and partsOfParsed (the registry, then corpusParts); then corpusOfParts; buildGraph with the layout is buildGraph
 * without it, then layoutGraph, its last step. Split so that each step has its own time.
 */
async function coldLoad(dir: string): Promise<ColdLoadResult> {
  const baseRss = process.memoryUsage().rss;
  const cpu = process.cpuUsage();
  const marks = [performance.now()];
  const lap = () => marks.push(performance.now());
  let parser = documentParser(0);
  const files = await readCorpusFiles(dir, (count) => (parser = documentParser(count)));
  lap();
  const documents = await parser.parse(files.documents);
  lap();
  const corpus = corpusOfParts(partsOfParsed(files.registry, documents));
  lap();
  const graph = buildGraph(corpus, { layout: false });
  lap();
  layoutGraph(graph, DRAWN_LAYOUT);
  lap();
  createEntityIndex(graph);
  lap();
  const [read, parse, assemble, build, layout, index] = marks
    .slice(1)
    .map((t, i) => t - marks[i]!) as [number, number, number, number, number, number];
  return {
    steps: { read, parse, assemble, build, layout, index },
    totalMs: marks[marks.length - 1]! - marks[0]!,
    cpuMs: cpuMs(process.cpuUsage(cpu)),
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

const dir = process.argv[2];
if (!dir) throw new Error('usage: node --import tsx bench/cold-load.ts CORPUS_DIR');
process.stdout.write(`${JSON.stringify(await coldLoad(dir))}\n`);
