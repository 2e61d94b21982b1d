// Times name resolution on the shipped essay: each label and alias, plus a misspelled and a truncated form of each.
import { buildGraph } from '../graph/build.js';
import { DRAWN_LAYOUT } from '../export/drawn-graph.js';
import { loadCorpus } from '../graph/corpus/load.js';
import { DEFAULT_CORPUS_DIR } from '../graph/essay.js';
import { resolveEntity } from '../graph/query/resolve.js';
import { createEntityIndex, type EntityIndex } from '../graph/search.js';
import { cachedIndex } from '../server/answer-cache.js';
import type { EssayGraph } from '../graph/types.js';
import { summarize } from './stats.js';

/** What a user might type for one name: the name, one letter dropped from its middle, its first two-thirds. */
const VARIANTS = {
  'as written': (name: string) => name,
  'one letter dropped': (name: string) => {
    const middle = Math.floor(name.length / 2);
    return name.slice(0, middle) + name.slice(middle + 1);
  },
  truncated: (name: string) => name.slice(0, Math.ceil((name.length * 2) / 3)),
};

function resolveOnce(graph: EssayGraph, index: EntityIndex, q: string) {
  try {
    resolveEntity(graph, index, q, 'from');
  } catch {
    // "not found" is an answer too: its cost counts the same.
  }
}

/** Microseconds per resolution of each query, first on a fresh index (uncached), then again (cached). */
function timeRounds(graph: EssayGraph, queries: string[], rounds: number) {
  const cold = new Map<string, number[]>(queries.map((q) => [q, []]));
  const warm: number[] = [];
  for (let round = 0; round < rounds; round++) {
    // As the server serves it: the warm pass reads the answer cache.
    const index = cachedIndex(createEntityIndex(graph));
    for (const pass of ['cold', 'warm'] as const) {
      for (const q of queries) {
        const start = performance.now();
        resolveOnce(graph, index, q);
        const us = (performance.now() - start) * 1000;
        if (pass === 'cold') cold.get(q)!.push(us);
        else warm.push(us);
      }
    }
  }
  return { cold, warm };
}

function show(label: string, us: number[]): void {
  const s = summarize(us);
  console.log(
    `${label}: median ${s.median.toFixed(1)} µs, p99 ${s.p99.toFixed(1)} µs, mean ${s.mean.toFixed(1)} µs (${s.count})`,
  );
}

async function main(): Promise<void> {
  const graph = buildGraph(await loadCorpus(process.env.CORPUS_DIR ?? DEFAULT_CORPUS_DIR), {
    layout: DRAWN_LAYOUT,
  });
  // Labels and aliases only, so that runs before and after a change of the search time the same queries.
  const names = graph.mapNodes((_, a) => [a.label, ...a.aliases]).flat();
  const byVariant = Object.entries(VARIANTS).map(([kind, make]) => ({
    kind,
    queries: [...new Set(names.map(make))],
  }));
  const queries = [...new Set(byVariant.flatMap((v) => v.queries))];
  const rounds = Number(process.env.ROUNDS ?? 20);

  const start = performance.now();
  resolveOnce(graph, createEntityIndex(graph), 'first query');
  console.log(`${queries.length} distinct queries, ${rounds} rounds, each on a fresh index`);
  console.log(
    `first index and query, with one-time loading: ${(performance.now() - start).toFixed(1)} ms`,
  );

  const { cold, warm } = timeRounds(graph, queries, rounds);
  show('uncached, all', [...cold.values()].flat());
  for (const { kind, queries: some } of byVariant)
    show(
      `uncached, ${kind}`,
      some.flatMap((q) => cold.get(q)!),
    );
  show('cached (the same query again)', warm);
}

await main();
