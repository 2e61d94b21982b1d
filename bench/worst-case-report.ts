// The "Worst-case query" section of docs/performance.md: the worst allowed query's time, outcome and budget.
import type { WorstHttpResult } from './worst-case-http.js';
import {
  budgetFor,
  QUERY_GROUPS,
  WORST,
  type QueryGroup,
  type TimedQuery,
  type WorstCaseResult,
} from './worst-case.js';
import { provenance, TARGETS, type RunContext } from './report.js';
import { int, millions, ms, pct, secs, short, table, yes } from './report-format.js';
import type { Summary } from './stats.js';

export interface WorstReport extends RunContext {
  engine: WorstCaseResult;
  http: WorstHttpResult;
}

export function worstSection(r: WorstReport): string {
  const e = r.engine;
  const h = r.http;
  const longest = Math.max(...e.queries.map((q) => q.ms));
  const exhaustMs = e.exhaust.find((x) => x.budget === e.budget)?.ms ?? NaN;
  return [
    '## Worst-case query',
    provenance(
      r,
      'times are then pessimistic: another process may have held the core during a query.',
    ),
    '### Method',
    worstMethod(e, h),
    '### Engine: wall time per query, ms',
    engineTimes(e),
    '### The work budget in time',
    budgetTimes(e),
    '### Server: event loop',
    serverLoop(h),
    worstTargets(e, h),
    worstNote(e, longest, exhaustMs),
  ].join('\n\n');
}

function worstMethod(e: WorstCaseResult, h: WorstHttpResult): string {
  return [
    `- **Query**: the most the API allows, k=${WORST.k}, maxHops=${WORST.maxHops} and ${WORST.waypoints} ` +
      `waypoints, on a synthetic graph of **${int(e.edges)} relations** (${int(e.nodes)} entities, largest ` +
      `degree ${int(e.maxDegree)}; bench/synthetic-graph.ts, built in ${secs(e.buildMs)}), with the default work ` +
      `budget of ${int(e.budget)} adjacency entries (\`DEFAULT_PATH_SETTINGS.budget\`, graph/query/request.ts).`,
    `- **Queries** (seeded, bench/worst-case.ts): ${groupList(e)}.`,
    '- **Time**: the wall time of `searchPaths` (graph/query/paths.ts, what `/api/paths` runs once names are ' +
      "resolved) plus `JSON.stringify` of its paths. Both are synchronous: that time is how long the server's " +
      'event loop is held. Each query runs once (not the fastest of several: the worst case is the point), ' +
      'after 5 untimed queries.',
    `- **The budget in time**: breadth-first walks through the engine's own traversal (the neighbour walk and ` +
      'budget count every search uses), one after another, until the budget runs out; fastest of 3 runs per ' +
      'budget; the slowest pace of the three (µs per entry) prices the budget.',
    `- **In the server**: \`monitorEventLoopDelay\` (node:perf_hooks, 1 ms resolution) inside the app's process ` +
      `(bench/http-server.ts) while ${h.connections} connections send only worst-case queries for ` +
      `${h.duration} s: \`/api/paths\` and \`/api/query\` in turn, ${WORST.waypoints} random waypoints each ` +
      `(e.g. \`${h.examples[0]}\`, \`${h.examples[1]}\`), over the essay's corpus \`${h.corpusDir}\` ` +
      `(${h.nodes} entities, ${h.edges} relations: a sanity figure, the graph is tiny).`,
  ].join('\n');
}

/** Each group's wall times and outcomes, and the work of the slowest queries. */
function engineTimes(e: WorstCaseResult): string {
  const waypointQueries = e.queries.filter((q) => q.group !== 'pairs');
  const counted = e.queries.filter((q) => q.units !== undefined);
  return [
    table(
      ['queries', 'n', 'answered', 'no path', 'too expensive', 'median', 'p99', 'max'],
      [
        ...(Object.keys(QUERY_GROUPS) as QueryGroup[])
          .filter((g) => e.groups[g])
          .map((g) =>
            groupRow(
              g,
              e.queries.filter((q) => q.group === g),
              e.groups[g]!,
            ),
          ),
        groupRow('all', waypointQueries, e.summary),
      ],
    ),
    `"all" is the ${waypointQueries.length} queries with ${WORST.waypoints} waypoints; "pairs" is not among them.`,
    ...(counted.length
      ? [
          `**The work of the ${counted.length} slowest queries** (adjacency entries examined, found by ` +
            'bisecting the budget to 1%: the least budget each runs within):',
          table(
            ['query', 'outcome', 'time', 'entries', 'share of the budget', 'µs per entry'],
            counted.map((q) => [
              q.group,
              q.outcome,
              `${ms(q.ms)} ms`,
              int(q.units!),
              pct(q.units! / e.budget),
              ((q.ms / q.units!) * 1000).toFixed(2),
            ]),
          ),
        ]
      : []),
  ].join('\n\n');
}

/** How long the budget takes to exhaust, and the budgets that would fit the targets. */
function budgetTimes(e: WorstCaseResult): string {
  const defaultExhaust = e.exhaust.find((x) => x.budget === e.budget);
  const forComfort = budgetFor(TARGETS.comfortableBlockMs, e.usPerEntry);
  const forLimit = budgetFor(TARGETS.blockMs, e.usPerEntry);
  return [
    table(
      ['budget (adjacency entries)', 'time to exhaust, fastest run', 'all runs'],
      e.exhaust.map((x) => [
        int(x.budget),
        `${ms(x.ms)} ms`,
        x.runs.map((v) => ms(v)).join(', ') + ' ms',
      ]),
    ),
    `Pace: ${e.exhaust.map((x) => `${((x.ms * 1000) / x.budget).toFixed(2)} µs`).join(', ')} an entry; at the ` +
      `slowest, ${e.usPerEntry.toFixed(2)} µs. On this machine the default budget of ${int(e.budget)} is **${ms(defaultExhaust?.ms ?? NaN)} ms** of event-loop time ` +
      `when spent in full; a budget of ~${millions(forComfort)} entries would keep a query under ${TARGETS.comfortableBlockMs} ms, ` +
      `~${millions(forLimit)} under ${secs(TARGETS.blockMs)}.`,
  ].join('\n\n');
}

/** The server's event-loop delay, idle and under worst-case queries. */
function serverLoop(h: WorstHttpResult): string {
  return [
    table(
      ['', 'longest delay', 'p99 delay', 'mean delay'],
      [
        [`idle`, `${ms(h.idle.maxMs)} ms`, `${ms(h.idle.p99Ms)} ms`, `${ms(h.idle.meanMs)} ms`],
        [
          `${h.duration} s of worst-case queries`,
          `**${ms(h.loaded.maxMs)} ms**`,
          `${ms(h.loaded.p99Ms)} ms`,
          `${ms(h.loaded.meanMs)} ms`,
        ],
      ],
    ),
    `${int(h.requests)} requests (${int(h.requestsPerSec)}/s), answered ${Object.entries(h.statuses)
      .map(([s, n]) => `${s}: ${int(n)}`)
      .join(
        ', ',
      )}; ${int(h.errors)} errors; latency p50 ${h.latencyP50} ms, p99 ${h.latencyP99} ms, max ` +
      `${h.latencyMax} ms.`,
  ].join('\n\n');
}

/** The issue's targets for the worst case. */
function worstTargets(e: WorstCaseResult, h: WorstHttpResult): string {
  const waypointQueries = e.queries.filter((q) => q.group !== 'pairs');
  const longest = Math.max(...e.queries.map((q) => q.ms));
  const longestWaypoint = e.summary.max;
  const defaultExhaust = e.exhaust.find((x) => x.budget === e.budget);
  const exhaustMs = defaultExhaust?.ms ?? NaN;
  // A query that threw anything but TooExpensiveError would have stopped the benchmark.
  const ended = waypointQueries.length;
  return table(
    ['target (issue 6)', 'measured', 'met'],
    [
      [
        'the worst allowed query answers or is refused as too expensive',
        `${ended} of ${waypointQueries.length} did (${outcomes(waypointQueries)})`,
        yes(ended === waypointQueries.length),
      ],
      [
        "… within a fixed time: no longer than the budget's own time",
        `longest ${ms(longestWaypoint)} ms; the budget: ${ms(defaultExhaust?.ms ?? NaN)} ms`,
        yes(defaultExhaust !== undefined && longestWaypoint <= defaultExhaust.ms),
      ],
      [
        `the measured queries block the event loop < ${secs(TARGETS.blockMs)} / < ${TARGETS.comfortableBlockMs} ms (${short(e.edges)} edges)`,
        `longest ${ms(longest)} ms (all groups, pairs included)`,
        `${yes(longest < TARGETS.blockMs)} / ${yes(longest < TARGETS.comfortableBlockMs)}`,
      ],
      [
        `what the budget guarantees for any query: < ${secs(TARGETS.blockMs)} / < ${TARGETS.comfortableBlockMs} ms`,
        `${ms(exhaustMs)} ms to exhaust ${int(e.budget)} entries`,
        `${yes(exhaustMs < TARGETS.blockMs)} / ${yes(exhaustMs < TARGETS.comfortableBlockMs)}`,
      ],
      [
        `the server's event loop, worst-case queries on the essay`,
        `longest delay ${ms(h.loaded.maxMs)} ms`,
        yes(h.loaded.maxMs < TARGETS.comfortableBlockMs),
      ],
    ],
  );
}

function groupList(e: WorstCaseResult): string {
  return (Object.keys(QUERY_GROUPS) as QueryGroup[])
    .filter((g) => e.groups[g])
    .map((g) => `${e.groups[g]!.count} **${g}** (${QUERY_GROUPS[g]})`)
    .join('; ');
}

function groupRow(group: string, queries: TimedQuery[], s: Summary): string[] {
  const count = (o: TimedQuery['outcome']) => int(queries.filter((q) => q.outcome === o).length);
  return [
    group === 'all' ? '**all with waypoints**' : group,
    int(queries.length),
    count('answered'),
    count('no path'),
    count('too expensive'),
    ms(s.median),
    ms(s.p99),
    group === 'all' ? `**${ms(s.max)}**` : ms(s.max),
  ];
}

function outcomes(queries: TimedQuery[]): string {
  const by = new Map<string, number>();
  for (const q of queries) by.set(q.outcome, (by.get(q.outcome) ?? 0) + 1);
  return [...by].map(([o, n]) => `${n} ${o}`).join(', ');
}

function worstNote(e: WorstCaseResult, longest: number, exhaustMs: number): string {
  const notes: string[] = [];
  const refused = e.queries.filter((q) => q.outcome === 'too expensive').length;
  const most = Math.max(0, ...e.queries.map((q) => q.units ?? 0));
  if (refused === 0)
    notes.push(
      'No query reached the budget: with 5 waypoints each leg may be at most 3 hops (8 − 5), so each leg is a ' +
        'short bounded search; legs that do not connect within 3 hops fail fast (the search expands the smaller ' +
        'side first), and a combination of legs longer than 8 hops ends the enumeration. The budget bounds what ' +
        'these queries do not reach: its time, measured above, is about the longest any query could hold the ' +
        'event loop, whatever its stops and filters.',
    );
  const comfortable = budgetFor(TARGETS.comfortableBlockMs, e.usPerEntry);
  const counted = e.queries.filter((q) => q.units !== undefined);
  // Local searches may run at another pace per entry than the whole-graph walks that price the budget.
  const queryPace = Math.max(...counted.map((q) => (q.ms * 1000) / q.units!));
  const safe = counted.length
    ? Math.min(comfortable, budgetFor(TARGETS.comfortableBlockMs, queryPace))
    : comfortable;
  const refusedBySafe = counted.filter((q) => q.units! > safe).length;
  const advice =
    ` A budget of ~${millions(comfortable)} entries would keep it under ${TARGETS.comfortableBlockMs} ms at ` +
    `the pace of the whole-graph walks (${e.usPerEntry.toFixed(2)} µs an entry)` +
    (counted.length
      ? `, ~${millions(budgetFor(TARGETS.comfortableBlockMs, queryPace))} at the slowest pace of the counted ` +
        `queries (${queryPace.toFixed(2)} µs an entry). The most work any counted query did was ${int(most)} ` +
        `entries: ~${millions(safe)}, the lower of the two, would have refused ` +
        `${refusedBySafe === 0 ? 'none' : refusedBySafe} of them.`
      : '.');
  if (exhaustMs >= TARGETS.blockMs)
    notes.push(
      `**Over ${secs(TARGETS.blockMs)}**: the default budget lets a query hold the event loop for about ` +
        `${ms(exhaustMs)} ms on this machine (${ms(longest)} ms is the longest measured).${advice}`,
    );
  else if (exhaustMs >= TARGETS.comfortableBlockMs)
    notes.push(
      `Under ${secs(TARGETS.blockMs)} but over ${TARGETS.comfortableBlockMs} ms (${ms(exhaustMs)} ms): every ` +
        `other request would wait that long behind such a query.${advice}`,
    );
  return notes.join('\n\n');
}
