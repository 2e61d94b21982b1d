// Writes the add-document section of docs/performance.md: time until a POSTed document is served, and the server's event-loop stalls.
import type { AddDocumentResult } from './add-document.js';
import { ms, secs, table, yes } from './report-format.js';
import { provenance, type RunContext } from './report.js';

export interface AddDocumentReport extends RunContext {
  results: { label: string; result: AddDocumentResult }[];
}

/** The targets: visible to readers in under 300 ms, no event-loop stall over 50 ms. */
const ADD_TARGETS = { servedMs: 300, stallMs: 50 } as const;

export function addDocumentSection(r: AddDocumentReport): string {
  const rows = r.results.flatMap(({ label, result }) =>
    result.adds.map((a, i) => [
      label,
      String(i + 1),
      ms(a.postMs),
      ms(a.servedMs),
      ms(a.loop.maxMs),
    ]),
  );
  return [
    '## Adding a document',
    provenance(r, 'times are then pessimistic.'),
    '### Method',
    [
      '- The real server (`node --import tsx server/main.ts`, as `npm start` runs it) over a copy of the corpus, with bench/loop-monitor.ts preloaded (`--import`): `monitorEventLoopDelay` (node:perf_hooks, 1 ms resolution) inside the server process, started before each request and read after it over IPC.',
      '- Each add: `POST /api/documents` (a plain-text essay of 12 short paragraphs, title and author) with the edit token, then `GET /api/documents/:slug`; "served" is the time from sending the POST to that GET answering 200. One document after another.',
      `- Server start (to its listening log line): ${r.results.map(({ label, result }) => `${label} ${secs(result.startMs)}`).join(', ')}.`,
    ].join('\n'),
    '### Results (ms)',
    table(['corpus', 'add', 'POST answered', 'served', 'longest event-loop delay'], rows),
    table(['target', 'measured', 'met'], targets(r)),
  ].join('\n\n');
}

function targets(r: AddDocumentReport): string[][] {
  return r.results.flatMap(({ label, result }) => {
    const served = Math.max(...result.adds.map((a) => a.servedMs));
    const stall = Math.max(...result.adds.map((a) => a.loop.maxMs));
    return [
      [
        `${label}: a new document served in under ${ADD_TARGETS.servedMs} ms`,
        `slowest ${ms(served)} ms`,
        yes(served < ADD_TARGETS.servedMs),
      ],
      [
        `${label}: no event-loop stall over ${ADD_TARGETS.stallMs} ms`,
        `longest ${ms(stall)} ms`,
        yes(stall <= ADD_TARGETS.stallMs),
      ],
    ];
  });
}
