// Times name resolution on the shipped essay: each label and alias, plus a misspelled and a truncated form of each.
import { buildGraph } from '../graph/build.js';
import { loadCorpus } from '../graph/corpus/load.js';
import { DEFAULT_CORPUS_DIR } from '../graph/essay.js';
import { resolveEntity } from '../graph/query/resolve.js';
import { createEntityIndex } from '../graph/search.js';
import { summarize } from './stats.js';

/** What a user might type for one name: the name, one letter dropped from its middle, its first two-thirds. */
function variants(name: string): string[] {
  const middle = Math.floor(name.length / 2);
  return [
    name,
    name.slice(0, middle) + name.slice(middle + 1),
    name.slice(0, Math.ceil((name.length * 2) / 3)),
  ];
}

function resolveOnce(run: () => unknown): void {
  try {
    run();
  } catch {
    // "not found" is an answer too: its cost counts the same.
  }
}

async function main(): Promise<void> {
  const graph = buildGraph(await loadCorpus(process.env.CORPUS_DIR ?? DEFAULT_CORPUS_DIR));
  // Labels and aliases only, so that runs before and after a change of the search time the same queries.
  const names = graph.mapNodes((_, a) => [a.label, ...a.aliases]);
  const queries = [...new Set(names.flat().flatMap(variants))];
  const rounds = Number(process.env.ROUNDS ?? 20);

  let start = performance.now();
  const firstIndex = createEntityIndex(graph);
  resolveOnce(() => resolveEntity(graph, firstIndex, 'first query', 'from'));
  const firstMs = performance.now() - start;

  const cold: number[] = [];
  const warm: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const index = createEntityIndex(graph);
    for (const pass of [cold, warm]) {
      for (const q of queries) {
        start = performance.now();
        resolveOnce(() => resolveEntity(graph, index, q, 'from'));
        pass.push(performance.now() - start);
      }
    }
  }
  const show = (label: string, ms: number[]) => {
    const s = summarize(ms);
    console.log(
      `${label}: median ${(s.median * 1000).toFixed(1)} µs, p99 ${(s.p99 * 1000).toFixed(1)} µs, mean ${(s.mean * 1000).toFixed(1)} µs (${s.count} resolutions)`,
    );
  };
  console.log(`${queries.length} distinct queries, ${rounds} rounds, each on a fresh index`);
  console.log(`first index and first query (includes one-time loading): ${firstMs.toFixed(1)} ms`);
  show('uncached (first time a query is seen)', cold);
  show('cached (the same query again)', warm);
}

await main();
