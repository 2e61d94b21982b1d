// The HTTP section of docs/performance.md: /api/paths against /api/health under the same load, and what a request costs.
import type { EndpointResult, HttpResult } from './http-bench.js';
import { table, yes, us0, pct, int } from './report-format.js';
import { provenance, TARGETS, why, type RunContext } from './report.js';
import type { RequestCost } from './request-cost.js';

export interface HttpReport extends RunContext {
  result: HttpResult;
  cost: RequestCost;
}

export function httpSection(r: HttpReport): string {
  const { result: h, cost } = r;
  const share = h.paths.requestsPerSec / h.health.requestsPerSec;
  const met = share >= TARGETS.pathsShare;
  return [
    '## HTTP API',
    provenance(
      r,
      'both endpoints are then slowed, and the load generator competes with the server for the same cores.',
    ),
    '### Method',
    httpMethod(h),
    '### Results',
    table(
      [
        'endpoint',
        'req/s',
        'latency p50',
        'latency p99',
        'requests',
        'errors',
        'timeouts',
        'non-2xx',
      ],
      [endpointRow(h.health), endpointRow(h.paths)],
    ),
    table(
      ['target (issue 3)', 'measured', 'met'],
      [
        [
          `/api/paths at ≥ ${pct(TARGETS.pathsShare)} of /api/health's throughput`,
          `${pct(share)} (${int(h.paths.requestsPerSec)} / ${int(h.health.requestsPerSec)} req/s)`,
          yes(met),
        ],
      ],
    ),
    costFigures(cost),
    met ? '' : httpMiss(share, cost),
  ]
    .filter(Boolean)
    .join('\n\n');
}

function httpMethod(h: HttpResult): string {
  return [
    `- The real app (\`createApp\` from server/app.ts) over \`${h.corpusDir}\` (${h.nodes} entities, ${h.edges} ` +
      'relations), listening on 127.0.0.1 in a child process (bench/http-server.ts), so the load generator ' +
      'does not share its event loop; no request log and no rate limit (the production server has both).',
    `- autocannon, ${h.connections} connections, ${h.duration} s per endpoint after a warm-up; ` +
      `\`${h.health.url}\` then \`${h.paths.url}\`, ${h.rounds} rounds taken in turn, the best run of each ` +
      'endpoint reported (other work on the two cores comes and goes).',
    `- The path request answers ${h.pathsAnswer.status} with ${h.pathsAnswer.lengths.length} path(s) of ` +
      `${h.pathsAnswer.lengths.join(', ') || 'no'} hops: “${h.pathsAnswer.narrative ?? '(none)'}”`,
  ].join('\n');
}

/** Where one path request's time goes, step by step. */
function costFigures(cost: RequestCost): string {
  return [
    "**Where one path request's time goes** (in process; batches of 400 calls taken in turn, the fastest batch of 5 for each step):",
    table(
      ['step', 'µs per request'],
      [
        ['answerPathRequest (resolve names, search, build the answer)', us0(cost.answerUs)],
        [`  resolving the ${cost.names} names (resolveEntity)`, us0(cost.resolveUs)],
        ['  searchPaths on the resolved ids', us0(cost.searchUs)],
        ['JSON.stringify of the answer', us0(cost.jsonUs)],
      ],
    ),
    `The load repeats one request: these are the figures of its warm path. ${why('the-path-requests-warm-path')}`,
  ].join('\n\n');
}

function httpMiss(share: number, cost: RequestCost): string {
  const resolveShare = cost.resolveUs / cost.answerUs;
  return (
    `**Missed** by ${Math.round((TARGETS.pathsShare - share) * 100)} percentage points (${pct(share)} against ` +
    `${pct(TARGETS.pathsShare)}). Resolving the ${cost.names} names takes ${pct(resolveShare)} of the answer's ` +
    `time; the search ${us0(cost.searchUs)} µs of the answer's ${us0(cost.answerUs)} µs. ` +
    why('apipaths-against-apihealth')
  );
}

function endpointRow(e: EndpointResult): string[] {
  return [
    `\`${e.url}\``,
    int(e.requestsPerSec),
    `${e.latencyP50} ms`,
    `${e.latencyP99} ms`,
    int(e.requests),
    int(e.errors),
    int(e.timeouts),
    int(e.non2xx),
  ];
}
