// Writes the 1,000-document corpus section of docs/performance.md: cold load (steps, RSS) and path queries against graphology.
import type { ColdLoadResult } from './cold-load.js';
import type { CorpusBenchOptions, CorpusBenchResult, MeasuredLoad } from './corpus-bench.js';
import { FINDERS, type FinderName } from './engine-bench.js';
import { int, mb, ms, pct, secs, table, times, yes } from './report-format.js';
import { provenance, TARGETS, type RunContext } from './report.js';
import { startFlags } from './start-flags.js';
import type { Summary } from './stats.js';

export interface CorpusReport extends RunContext {
  options: CorpusBenchOptions;
  result: CorpusBenchResult;
}

/** The issue's targets for the corpus: cold load and memory. */
const CORPUS_TARGETS = { coldLoadMs: 5000, rssBytes: 1024 ** 3 } as const;

const STEPS: [keyof ColdLoadResult['steps'], string][] = [
  ['read', 'read every file (`readCorpusFiles`)'],
  [
    'parse',
    'parse, validate and assemble: this process reads the annotations (YAML, zod) and works out each document’s facts as its text comes back from the helper process, which reads the texts (article, sentences) and matches the registry’s names in them',
  ],
  ['assemble', 'the rest of the assembly: entities in use, relation keys'],
  [
    'build',
    'build the graph (nodes, edges, importance), while the helper spreads the layout (ForceAtlas2) from its structure',
  ],
  ['index', 'search index (`createEntityIndex`)'],
  ['layout', 'the rest of the layout: the spread received, then noverlap (`DRAWN_LAYOUT`)'],
];

/** What the load held at its peak: its process and helpers sampled together, or else each one's own peak added. */
export function peakOf(load: MeasuredLoad): number {
  return load.treePeakRss ?? load.peakRss + load.helpers.reduce((sum, h) => sum + h.peakRss, 0);
}

/** CPU time of the load's process and its helpers. */
function cpuOf(load: ColdLoadResult): number {
  return load.cpuMs + load.helpers.reduce((sum, h) => sum + h.cpuMs, 0);
}

/** The run whose total is the median (the lower middle of an even count). */
export function medianLoad<L extends ColdLoadResult>(loads: readonly L[]): L {
  const sorted = [...loads].sort((a, b) => a.totalMs - b.totalMs);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

export function corpusSection(r: CorpusReport): string {
  const load = medianLoad(r.result.loads);
  return [
    '## 1,000-document corpus',
    provenance(
      r,
      'absolute times are then pessimistic; the path ratios come from interleaved runs and hold better.',
    ),
    '### Method',
    method(r, load),
    '### Targets',
    table(['target', 'measured', 'met'], targets(r, load)),
    '### Cold load, step by step',
    steps(r, load),
    '### Path queries on the corpus graph: median / p99 in ms',
    paths(r),
  ].join('\n\n');
}

function method(r: CorpusReport, load: MeasuredLoad): string {
  const c = r.options.corpus;
  return [
    `- **Corpus** (bench/synthetic-corpus.ts, seed \`${c.seed}\`), written in the real format to the temp folder (and reused by later runs): \`entities.yaml\` with ${int(c.entities)} registry entities (people with their surnames as aliases, states with adjectives and capitals, organizations, places, dated events, ideas), and ${int(c.documents)} document folders, each an \`essay.txt\` (header, headline, paragraphs of sentences naming registry entities by label or alias, sign-off and author bio; ~9 KB) and an \`annotations.yaml\` with ${c.relationsPerDocument} ± 20% relations whose evidence quotes the text verbatim, typed from graph/relation-types.ts, 65% dated, some asserted by a person of the text, its author (most declared under the document's own \`entities\`, some from the registry) and, in a fifth of the documents, a local alias. It loads without a problem: ${int(load.documents)} documents, ${int(load.nodes)} entities in use, ${int(load.edges)} relations.`,
    `- **Cold load**: what the server does at start, \`loadEssay(dir, { layout: DRAWN_LAYOUT })\` (graph/essay.ts), in a fresh child process (bench/cold-load.ts, run with the Node flags of \`npm start\`: \`${startFlags().join(' ')}\`), ${r.options.loads} times; its steps are timed one by one (the same calls loadEssay makes, in its order). From 200 documents the load starts a helper process per other core (graph/corpus/load-helpers.ts), which reads the texts while this process reads the annotations and assembles, then spreads the layout while this process builds the graph; it is stopped when the load ends. Wall time from the first read to the index, after the modules are imported; the median run is shown. **Peak RSS** is sampled every 5 ms from outside (bench/process-tree-rss.ts, \`/proc\`): the process and its helper together, runtime and modules included (${mb(load.baseRss)} MB in the process before the load began).`,
    `- **Path queries**: the same graph (without the layout, which paths do not read), ${r.options.paths.pairs} random pairs, searched as in **Path engine** above: the engine's \`searchPaths\` and its search alone against graphology's \`bidirectional\` on the same graph read undirected and on a simple undirected copy, interleaved pair by pair, fastest of ${r.options.paths.repeats}; then k=${r.options.paths.k} paths (${r.options.paths.kPairs} pairs) and routes through ${r.options.paths.waypoints} waypoints (${r.options.paths.routes}).`,
    '- Reproduce: `npm run bench -- --only corpus`.',
  ].join('\n');
}

function targets(r: CorpusReport, load: MeasuredLoad): string[][] {
  const s = r.result.paths.shortest;
  const peak = Math.max(...r.result.loads.map(peakOf));
  const against = (peer: FinderName) => (name: FinderName) => ratioOf(s[name], s[peer]);
  const same = against('graphology');
  const copy = against('graphologyCopy');
  const k = r.result.paths.kPaths.summary.median;
  return [
    [
      'cold load of the 1,000-document corpus under 5 s',
      secs(load.totalMs),
      yes(load.totalMs < CORPUS_TARGETS.coldLoadMs),
    ],
    [
      '… with RSS under 1 GB',
      `${mb(peak)} MB peak, the process and its helper together (largest of ${r.result.loads.length} runs)`,
      yes(peak < CORPUS_TARGETS.rssBytes),
    ],
    [
      `shortest path within ${TARGETS.shortestRatio}× of graphology's bidirectional on the same graph (the issue's peer)`,
      `search ${times(same('engineSearch'))}, full answer ${times(same('engine'))}`,
      withinRatio(same),
    ],
    [
      '… and on a simple undirected copy (the stricter peer of **Path engine** above)',
      `search ${times(copy('engineSearch'))}, full answer ${times(copy('engine'))}`,
      withinRatio(copy),
    ],
    [
      `k=${r.options.paths.k} under ${TARGETS.kPathsMedianMs} ms median`,
      `${ms(k)} ms`,
      yes(k < TARGETS.kPathsMedianMs),
    ],
  ];
}

/** Met when the search and the full answer are both within the ratio, or for the search alone. */
function withinRatio(ratio: (name: FinderName) => number): string {
  if (ratio('engineSearch') > TARGETS.shortestRatio) return '**no**';
  return ratio('engine') <= TARGETS.shortestRatio
    ? 'yes'
    : 'yes for the search; **no** for the full answer';
}

function ratioOf(a: Summary | undefined, b: Summary | undefined): number {
  return a && b ? a.median / b.median : NaN;
}

function steps(r: CorpusReport, load: MeasuredLoad): string {
  const rows = STEPS.map(([key, label]) => [
    label,
    secs(load.steps[key]),
    pct(load.steps[key] / load.totalMs),
  ]);
  rows.push(['**total**', `**${secs(load.totalMs)}**`, '100%']);
  const runs = r.result.loads
    .map((l) => `${secs(l.totalMs)} (CPU ${secs(cpuOf(l))}, ${mb(peakOf(l))} MB)`)
    .join(', ');
  const helpers = load.helpers.map((h) => `${secs(h.cpuMs)} and ${mb(h.peakRss)} MB`).join(', ');
  const alone = medianLoad(r.result.aloneLoads);
  const aloneRuns = r.result.aloneLoads.map((l) => secs(l.totalMs)).join(', ');
  return [
    table(['step (median run)', 'time', 'share'], rows),
    `**Against one process, in the same run:** the same load without the helper (\`cold-load.ts --alone\`, as a corpus under 200 documents loads), each run just after one above, took ${secs(alone.totalMs)} (median; runs: ${aloneRuns}; CPU ${secs(alone.cpuMs)}, ${mb(peakOf(alone))} MB). The helper makes the cold load **${times(alone.totalMs / load.totalMs)} as fast**.`,
    `CPU time of the median run: ${secs(cpuOf(load))}, of which the helper process ${helpers || 'none'} (its CPU time and its own peak RSS; the process alone: ${secs(load.cpuMs)}, ${mb(load.peakRss)} MB). Every run, wall time (CPU time, peak RSS of the process and its helper together): ${runs}. Writing the corpus took ${r.result.writeMs > 1000 ? secs(r.result.writeMs) : 'no time (reused from an earlier run)'}.`,
  ].join('\n\n');
}

function paths(r: CorpusReport): string {
  const p = r.result.paths;
  const names: FinderName[] = ['engine', 'engineSearch', 'graphology', 'graphologyCopy'];
  const cell = (x: Summary | undefined) => (x ? `${ms(x.median)} / ${ms(x.p99)}` : '–');
  const a = p.agreement;
  return [
    table(
      ['search', 'median / p99'],
      names.map((n) => [FINDERS[n], cell(p.shortest[n])]),
    ),
    table(
      ['query', 'median / p99', 'answered / refused'],
      [
        [
          `k=${r.options.paths.k} (Yen), ${p.kPaths.queries} pairs`,
          cell(p.kPaths.summary),
          `${p.kPaths.answered} / ${p.kPaths.refused}`,
        ],
        [
          `from → ${r.options.paths.waypoints} waypoints → to, ${p.waypoints.queries} routes`,
          cell(p.waypoints.summary),
          `${p.waypoints.answered} / ${p.waypoints.refused}`,
        ],
      ],
    ),
    `All searches agreed on the distance for ${a.agreed} of ${a.compared} pairs (${a.noPath} with no path, ${a.beyondMaxHops} beyond the hop limit); ${a.invalid} invalid paths.${a.disagreements.length > 0 ? ` Disagreements: ${a.disagreements.join('; ')}.` : ''}`,
  ].join('\n\n');
}
