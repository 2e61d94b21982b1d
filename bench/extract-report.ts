// Writes the draft extractor's section of docs/performance.md: speed against compromise, quality on the Zivo essay.
import type { ExtractBenchOptions, ExtractBenchResult } from './extract-bench.js';
import type { Quality } from './extract-quality.js';
import { int, ms, pct, table, times, yes } from './report-format.js';
import { provenance, type RunContext } from './report.js';
import { summarize } from './stats.js';

export const EXTRACT_SECTION_ID = 'extractor';

export interface ExtractReport extends RunContext {
  options: ExtractBenchOptions;
  result: ExtractBenchResult;
}

/** Issue 14's targets: a 5,000-word draft in under 2 s; with the general registry, entities and pairs found. */
const EXTRACT_TARGETS = {
  draftMs: 2000,
  entityRecall: 0.75,
  entityPrecision: 0.7,
  pairRecall: 0.6,
} as const;

export function extractSection(r: ExtractReport): string {
  const draft = summarize(r.result.draftMs).median;
  const peer = summarize(r.result.peerMs).median;
  return [
    '## Draft extractor',
    provenance(
      r,
      'times are then pessimistic; the ratio to compromise comes from interleaved runs and holds better.',
    ),
    '### Method',
    method(r),
    '### Speed: median ms',
    table(
      ['text', 'draftAnnotations', "compromise's nlp(text).people()", 'ratio'],
      [
        [
          `${int(r.result.words)} words, ${int(r.result.sentences)} sentences`,
          ms(draft),
          ms(peer),
          times(draft / peer),
        ],
      ],
    ),
    '### Quality on the Zivo essay',
    table(
      [
        'registry given',
        'gold entities',
        'predicted',
        'entity recall',
        'entity precision',
        'gold pairs',
        'predicted pairs',
        'pair recall',
        'pair precision',
        'type accuracy',
      ],
      [
        qualityRow('general (gazetteer only)', r.result.general),
        qualityRow('full registry + local aliases', r.result.full),
      ],
    ),
    '### Targets',
    table(['target', 'measured', 'met'], targets(r.result, draft)),
  ].join('\n\n');
}

function method(r: ExtractReport): string {
  const o = r.options;
  return [
    `- **Speed**: \`draftAnnotations\` (graph/extract/draft.ts) on a seeded cased news text of ~${int(o.words)} words (bench/extract-text.ts: people with titles, states, capitals, organizations, trigger verbs, years), after one warm-up run; ${o.runs} runs, each followed by the peer, compromise's \`nlp(text).people().json()\` over the same text (one of the passes the extractor makes). Drafted ${int(r.result.drafted.entities)} entities and ${int(r.result.drafted.relations)} relations.`,
    `- **Quality** (bench/extract-quality.ts): the draft of \`${o.slug}\` against its reviewed annotations, loaded with the registry. Gold entities are every entity the reviewed document mentions or relates. A predicted entity matches a gold one when one of its mentions (where the loader would mark it, from the registry given, the draft's entities and its local aliases) overlaps one of the gold entity's, or their ids or labels are equal. Pairs are unordered, after mapping predicted ids to their matches; type accuracy is the share of recalled pairs where a predicted type is one of the reviewed types of the pair.`,
    "- **General registry**: no registry and no local aliases (the gazetteer, world-countries and the hand list, stands in for the registry entries that would predate the essay). **Full**: the corpus registry and the document's local aliases, its relations removed (the re-import case).",
    '- Reproduce: `npm run bench -- --only extract`.',
  ].join('\n');
}

function qualityRow(label: string, q: Quality): string[] {
  return [
    label,
    int(q.gold.entities),
    int(q.predicted.entities),
    pct(q.entityRecall),
    pct(q.entityPrecision),
    int(q.gold.pairs),
    int(q.predicted.pairs),
    pct(q.pairRecall),
    pct(q.pairPrecision),
    pct(q.typeAccuracy),
  ];
}

function targets(r: ExtractBenchResult, draft: number): string[][] {
  const g = r.general;
  return [
    [
      `a ${int(r.words)}-word document drafted in under 2 s`,
      `${ms(draft)} ms`,
      yes(draft < EXTRACT_TARGETS.draftMs),
    ],
    [
      'general registry: entity recall ≥ 75%',
      pct(g.entityRecall),
      yes(g.entityRecall >= EXTRACT_TARGETS.entityRecall),
    ],
    [
      'general registry: entity precision ≥ 70%',
      pct(g.entityPrecision),
      yes(g.entityPrecision >= EXTRACT_TARGETS.entityPrecision),
    ],
    [
      'general registry: pair recall ≥ 60%',
      pct(g.pairRecall),
      yes(g.pairRecall >= EXTRACT_TARGETS.pairRecall),
    ],
  ];
}
