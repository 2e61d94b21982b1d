// `npm run bench`: the path engine on synthetic graphs and the HTTP API under load, written to docs/performance.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { DEFAULT_CORPUS_DIR, loadEssay, type LoadedEssay } from '../graph/essay.js';
import { DRAWN_LAYOUT } from '../export/drawn-graph.js';
import { answerPathRequest } from '../graph/query/answer.js';
import { DEFAULT_PATH_SETTINGS } from '../graph/query/request.js';
import { benchEngine, type EngineBenchOptions } from './engine-bench.js';
import { benchAddDocument } from './add-document.js';
import { addDocumentSection, type AddDocumentReport } from './add-document-report.js';
import { benchCorpus, type CorpusBenchOptions } from './corpus-bench.js';
import { corpusSection, type CorpusReport } from './corpus-report.js';
import { benchExtract, type ExtractBenchOptions } from './extract-bench.js';
import { EXTRACT_SECTION_ID, extractSection, type ExtractReport } from './extract-report.js';
import { benchHttp } from './http-bench.js';
import { benchLoad } from './load-bench.js';
import { mixEntities } from './load-mix.js';
import { describeMachine, loadAverage } from './machine.js';
import { SECTION_IDS, engineSection, spliceSections, type EngineReport } from './report.js';
import { httpSection, type HttpReport } from './http-report.js';
import { loadSection, type LoadReport } from './load-report.js';
import { benchPngFlood } from './png-flood.js';
import { floodSection, type FloodReport } from './png-flood-report.js';
import { worstSection, type WorstReport } from './worst-case-report.js';
import { measureRequestCost, pathRequestOf } from './request-cost.js';
import { canCollect, progress } from './stats.js';
import { DEFAULT_CORPUS_OPTIONS, syntheticCorpusDir } from './synthetic-corpus.js';
import { benchWorstHttp } from './worst-case-http.js';
import { benchWorstCase } from './worst-case.js';

/** This run's own command line, as the sections it writes state it. */
const INVOKED = [
  'npm run bench',
  ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : []),
].join(' ');
const REAL = {
  dir: DEFAULT_CORPUS_DIR,
  url: '/api/paths?from=mao&via=khrushchev&to=de-stalinization',
};

const PARTS = ['engine', 'http', 'load', 'worst', 'flood', 'corpus', 'add', 'extract'] as const;
type Part = (typeof PARTS)[number];

const USAGE = `Usage: npm run bench [-- options]
  --sizes 10000,100000,1000000   edge counts of the synthetic graphs (engine)
  --only ${PARTS.join('|')}       run one part only
  --quick                        small sizes, fewer queries, short load (a trial; prints instead of writing)
  --out FILE                     where to write (default docs/performance.md; "-" prints to stdout)`;

/** Issue 6's load test: 30 s, 50 connections over the mix. */
const LOAD = { connections: 50, duration: 30, warmup: 5, contrast: 10, seed: 'essay-graph-load' };

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      only: { type: 'string' },
      quick: { type: 'boolean', default: false },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  if (!canCollect())
    throw new Error('bench: run node with --expose-gc (npm run bench does) to measure memory.');
  if (values.only !== undefined && !(PARTS as readonly string[]).includes(values.only))
    throw new Error(
      `bench: --only takes one of ${PARTS.join(', ')}; got "${values.only}".\n${USAGE}`,
    );
  const runs = (part: Part) => values.only === undefined || values.only === part;
  const quick = values.quick;
  const sizes = (values.sizes ?? (quick ? '10000,100000' : '10000,100000,1000000'))
    .split(',')
    .map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 10))
    throw new Error(
      `bench: --sizes takes whole numbers of edges, at least 10; got "${values.sizes}".`,
    );
  const out = values.out ?? (quick ? '-' : 'docs/performance.md');

  const sections: [string, string][] = [];
  if (runs('engine')) sections.push([SECTION_IDS.engine, engineSection(runEngine(sizes, quick))]);
  if (runs('http')) sections.push([SECTION_IDS.http, httpSection(await runHttp(quick))]);
  if (runs('load')) sections.push([SECTION_IDS.load, loadSection(await runLoad(quick))]);
  if (runs('worst')) sections.push([SECTION_IDS.worst, worstSection(await runWorst(quick))]);
  if (runs('flood')) sections.push([SECTION_IDS.flood, floodSection(await runFlood(quick))]);
  if (runs('corpus')) sections.push([SECTION_IDS.corpus, corpusSection(await runCorpus(quick))]);
  if (runs('add')) sections.push([SECTION_IDS.add, addDocumentSection(await runAdd(quick))]);
  if (runs('extract')) sections.push([EXTRACT_SECTION_ID, extractSection(runExtract(quick))]);

  if (out === '-') {
    process.stdout.write(spliceSections(null, sections));
    return;
  }
  const doc = spliceSections(existsSync(out) ? readFileSync(out, 'utf8') : null, sections);
  // Formatted as `npm run lint` (prettier --check .) expects the repository's files to be.
  const options = { ...(await resolveConfig(out)), filepath: out };
  writeFileSync(out, await format(doc, options));
  progress(`wrote ${out}`);
}

/** The path queries both the engine and the corpus sections time: as many pairs, k and waypoints alike. */
function pathSetOptions(seed: string, quick: boolean) {
  return {
    seed,
    pairs: quick ? 50 : 200,
    kPairs: quick ? 25 : 100,
    k: 5,
    routes: quick ? 25 : 100,
    waypoints: 2,
    repeats: 3,
    warmup: 100,
  };
}

function runEngine(sizes: number[], quick: boolean): EngineReport {
  const options: Omit<EngineBenchOptions, 'edges' | 'aStarPairs'> = pathSetOptions(
    'essay-graph-bench',
    quick,
  );
  const machine = describeMachine();
  const start = loadAverage();
  const results = sizes.map((edges) =>
    // Dijkstra (ngraph's A* without a heuristic) visits most of a big graph for every pair.
    benchEngine({
      ...options,
      edges,
      aStarPairs: edges <= 10_000 ? options.pairs : edges <= 100_000 ? 50 : 10,
    }),
  );
  return {
    machine,
    load: { start, end: loadAverage() },
    command: INVOKED,
    options,
    sizes: results,
  };
}

async function runHttp(quick: boolean): Promise<HttpReport> {
  const machine = describeMachine();
  const start = loadAverage();
  const { corpus, essay } = await loadRealCorpus();
  const cost = measureRequestCost(essay, pathRequestOf(corpus.url));
  const result = await benchHttp({
    corpusDir: corpus.dir,
    pathsUrl: corpus.url,
    connections: 10,
    duration: quick ? 3 : 10,
    warmup: quick ? 1 : 2,
    rounds: quick ? 1 : 3,
  });
  return { machine, load: { start, end: loadAverage() }, command: INVOKED, result, cost };
}

async function runLoad(quick: boolean): Promise<LoadReport> {
  const machine = describeMachine();
  const start = loadAverage();
  const { corpus, essay } = await loadRealCorpus();
  const result = await benchLoad({
    ...LOAD,
    corpusDir: corpus.dir,
    entities: mixEntities(essay.graph),
    ...(quick ? { duration: 5, warmup: 2, contrast: 3 } : {}),
  });
  return { machine, load: { start, end: loadAverage() }, command: INVOKED, result };
}

async function runWorst(quick: boolean): Promise<WorstReport> {
  const machine = describeMachine();
  const start = loadAverage();
  const engine = benchWorstCase({
    edges: quick ? 100_000 : 1_000_000,
    seed: 'essay-graph-bench',
    counts: { random: 6, hubs: 4, near: 5, close: 5, pairs: 10 },
    budgets: [DEFAULT_PATH_SETTINGS.budget, 1_000_000, 5_000_000],
    bisect: 8,
  });
  const { corpus, essay } = await loadRealCorpus();
  const http = await benchWorstHttp({
    corpusDir: corpus.dir,
    ids: essay.graph.nodes(),
    connections: 4,
    duration: quick ? 3 : 10,
    idle: quick ? 1 : 3,
    seed: 'essay-graph-worst',
  });
  return {
    machine,
    load: { start, end: loadAverage() },
    command: INVOKED,
    engine,
    http,
  };
}

/** Issue 12's probe: 100 PNGs of new views at 10/s from one client, each dropped after 300 ms. */
async function runFlood(quick: boolean): Promise<FloodReport> {
  const machine = describeMachine();
  const start = loadAverage();
  const result = await benchPngFlood({
    corpusDir: REAL.dir,
    floodRequests: quick ? 30 : 100,
    floodPerSecond: 10,
    hangUpMs: 300,
    victimRequests: quick ? 4 : 10,
  });
  return { machine, load: { start, end: loadAverage() }, command: INVOKED, result };
}

/** The corpus: 1,000 documents, ~150 relations each, ~5,000 registry entities (quick: 100 documents). */
async function runCorpus(quick: boolean): Promise<CorpusReport> {
  const machine = describeMachine();
  const start = loadAverage();
  const options: CorpusBenchOptions = {
    corpus: quick
      ? { ...DEFAULT_CORPUS_OPTIONS, documents: 100, entities: 500 }
      : DEFAULT_CORPUS_OPTIONS,
    loads: quick ? 1 : 5,
    paths: pathSetOptions('essay-graph-corpus', quick),
  };
  const result = await benchCorpus(options);
  return { machine, load: { start, end: loadAverage() }, command: INVOKED, options, result };
}

/** Adding documents to the running server: over the shipped corpus, then over the 1,000-document one. */
async function runAdd(quick: boolean): Promise<AddDocumentReport> {
  const machine = describeMachine();
  const start = loadAverage();
  const adds = quick ? 2 : 5;
  const big = quick
    ? { ...DEFAULT_CORPUS_OPTIONS, documents: 100, entities: 500 }
    : DEFAULT_CORPUS_OPTIONS;
  const results = [
    { label: 'the shipped corpus', result: await benchAddDocument(REAL.dir, adds) },
    {
      label: `${big.documents.toLocaleString('en')} documents`,
      result: await benchAddDocument(syntheticCorpusDir(big), adds),
    },
  ];
  return { machine, load: { start, end: loadAverage() }, command: INVOKED, results };
}

/** Issue 14's draft extractor: a 5,000-word text drafted, and the Zivo essay's draft scored against its review. */
function runExtract(quick: boolean): ExtractReport {
  const machine = describeMachine();
  const start = loadAverage();
  const options: ExtractBenchOptions = {
    corpusDir: REAL.dir,
    slug: 'zivo-russia-china',
    words: 5000,
    runs: quick ? 3 : 7,
  };
  const result = benchExtract(options);
  return { machine, load: { start, end: loadAverage() }, command: INVOKED, options, result };
}

/** The shipped corpus, checked to answer the path query the HTTP benchmark loads. */
async function loadRealCorpus(): Promise<{ corpus: typeof REAL; essay: LoadedEssay }> {
  const essay = await loadEssay(REAL.dir, { layout: DRAWN_LAYOUT });
  if (answerPathRequest(essay, pathRequestOf(REAL.url)).paths.length === 0)
    throw new Error(`bench: no path answers ${REAL.url} in ${REAL.dir}.`);
  return { corpus: REAL, essay };
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
