// The "PNG flood" section of docs/performance.md: another client's PNG latency while one client floods.
import type { FloodResult, Latencies } from './png-flood.js';
import { provenance, type RunContext } from './report.js';
import { int, ms, table } from './report-format.js';

export interface FloodReport extends RunContext {
  result: FloodResult;
}

const statuses = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, n]) => `${status}: ${int(n)}`)
    .join(', ');

const row = (name: string, l: Latencies) => [
  name,
  int(l.samples),
  ms(l.medianMs),
  ms(l.maxMs),
  statuses(l.statuses),
];

export function floodSection(r: FloodReport): string {
  const h = r.result;
  const o = h.options;
  const delay = h.flooded.maxMs - h.alone.maxMs;
  return [
    '## PNG flood',
    provenance(r, 'renders then take longer for everyone, the flood and the other client alike.'),
    '### Method',
    [
      `- The real app over \`${o.corpusDir}\` (${h.nodes} entities, ${h.edges} relations) in a child process ` +
        '(bench/http-server.ts `--production-limits`): the default `RATE_LIMIT` and `RENDER_LIMIT`, the render ' +
        'queue as `npm start` has it, and `TRUST_PROXY=loopback`, so that two clients are told apart by the ' +
        'address a proxy forwards (`X-Forwarded-For`).',
      `- **The flood** (issue 12's probe): one client sends ${o.floodRequests} requests for \`graph.png\`, each of ` +
        `a view nobody asked for before (\`at=1900\`, \`at=1901\`…), ${o.floodPerSecond} a second (under the ` +
        `rate limit), and hangs up ${o.hangUpMs} ms after each.`,
      `- **The other client** asks for ${o.victimRequests} PNGs of path views, each different and uncached, one ` +
        'after the other: first alone, then starting one second into the flood.',
      `- Run alone with \`npm run bench -- --only flood\`.`,
    ].join('\n'),
    '### Results',
    table(
      ['the other client’s PNGs', 'requests', 'median ms', 'max ms', 'statuses'],
      [row('alone', h.alone), row('during the flood', h.flooded)],
    ),
    [
      `- **A flood delays another client's PNG by at most ${ms(Math.max(0, delay))} ms** (slowest under the ` +
        `flood minus slowest alone); before issue 12, a PNG behind the same flood took 29.9 s.`,
      `- What the flooding client got: ${statuses(h.flood)}. \`429\` is its drawing budget ` +
        '(`RENDER_LIMIT` a minute), `503` the full render queue; `hung up` are the requests it dropped.',
      `- PNGs the server rendered for the flood: ${int(h.rendered)} of ${int(o.floodRequests)}; the others were ` +
        'refused, or dropped from the queue once their client had gone, without being rendered.',
    ].join('\n'),
  ].join('\n\n');
}
