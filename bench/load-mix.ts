// The load test's traffic: one stream of request paths per route, seeded, drawn from the corpus's own entities.
import seedrandom from 'seedrandom';
import type { EssayGraph } from '../graph/types.js';

type Rng = () => number;

/** An entity as the mix draws on it; popular entities (by degree) are asked about more often. */
export interface MixEntity {
  id: string;
  label: string;
  degree: number;
}

export interface LoadRoute {
  /** The route as the report names it, e.g. `/api/export/graph.png`. */
  name: string;
  /** Share of the connections: how much of a reader's traffic goes to this route. */
  weight: number;
  /** Export routes: the cache the render goes through is keyed by format and view (server/routes/export.ts). */
  export?: string;
  /** A new stream of request paths (path and query string), the same for the same seed. */
  stream(seed: string): () => string;
}

/** Views an export route shows: most readers download the views others download too; some download a new one. */
interface ExportMix {
  /** How many popular views the route cycles through (each rendered once, then served from the cache). */
  popular: number;
  /** Share of requests for a view nobody asked for before in this run: an uncached render. */
  fresh: number;
}

const EXPORT_MIX: Record<string, ExportMix> = {
  'graph.svg': { popular: 4, fresh: 0.1 },
  'report.md': { popular: 4, fresh: 0.1 },
  'graph.json': { popular: 4, fresh: 0.1 },
  'nodes.csv': { popular: 4, fresh: 0.1 },
  // About a second of CPU per uncached render (resvg): a quarter fresh keeps the one connection busy rendering.
  'graph.png': { popular: 3, fresh: 0.25 },
};

const GRAPH_FILTERS = ['at=1969', 'at=2025', 'facts=true', 'at=1956&kinds=person,state'];

/** The entities of a graph with their degree, for the mix. */
export function mixEntities(graph: EssayGraph): MixEntity[] {
  return graph.mapNodes((id, a) => ({ id, label: a.label, degree: graph.degree(id) }));
}

/** The routes of the load test and their weights; `entities` must hold at least eight entities. */
export function loadRoutes(entities: readonly MixEntity[]): LoadRoute[] {
  if (entities.length < 8)
    throw new Error(`bench: the load mix needs at least 8 entities; got ${entities.length}.`);
  const route = (
    name: string,
    weight: number,
    make: (rng: Rng) => () => string,
    format?: string,
  ): LoadRoute => ({
    name,
    weight,
    ...(format ? { export: format } : {}),
    stream: (seed) => make(seedrandom.alea(`${seed}/${name}`)),
  });
  return [
    route('/api/graph', 5, (rng) => () => graphPath(rng)),
    route('/api/entities?q=', 12, (rng) => {
      const queries = searchQueries(entities);
      return () =>
        `/api/entities?q=${encodeURIComponent(queries[Math.floor(rng() * queries.length)]!)}`;
    }),
    route('/api/entities/:id', 7, (rng) => () => `/api/entities/${popular(entities, rng).id}`),
    route(
      '/api/neighbors/:id?depth=2',
      5,
      (rng) => () => `/api/neighbors/${popular(entities, rng).id}?depth=2`,
    ),
    route('/api/paths', 8, (rng) => () => `/api/paths?${pathQuery(entities, rng)}`),
    route(
      '/api/query?q=',
      4,
      (rng) => () => `/api/query?q=${encodeURIComponent(oneLine(entities, rng))}`,
    ),
    ...Object.entries(EXPORT_MIX).map(([format, mix]) =>
      route(
        `/api/export/${format}`,
        format === 'graph.png' ? 1 : 2,
        (rng) => exportStream(entities, format, mix, rng),
        format,
      ),
    ),
  ];
}

/**
 * `total` connections split by weight (largest remainder), at least one per route: autocannon keeps each
 * connection busy, so a route's share of the connections is its share of the open requests.
 */
export function splitConnections(weights: readonly number[], total: number): number[] {
  if (total < weights.length)
    throw new Error(
      `bench: ${total} connections cannot serve ${weights.length} routes (one each at least).`,
    );
  const spare = total - weights.length;
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (w / sum) * spare);
  const counts = exact.map((x) => 1 + Math.floor(x));
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  let left = total - counts.reduce((s, c) => s + c, 0);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    counts[i]!++;
  }
  return counts;
}

/** Growth from `before` to `after` as a fraction (0.2 = 20%). */
export function growth(before: number, after: number): number {
  return (after - before) / before;
}

function graphPath(rng: Rng): string {
  // Two thirds open the whole graph (the explorer's first load); the rest a filtered view.
  if (rng() < 2 / 3) return '/api/graph';
  return `/api/graph?${GRAPH_FILTERS[Math.floor(rng() * GRAPH_FILTERS.length)]}`;
}

/** What people type into the search box: whole names, names with a typo, and the first letters of a name. */
export function searchQueries(entities: readonly MixEntity[]): string[] {
  const out: string[] = [];
  for (const e of [...entities].sort((a, b) => b.degree - a.degree).slice(0, 24)) {
    const word = e.label.split(/\s+/).sort((a, b) => b.length - a.length)[0]!;
    out.push(e.label, misspell(word), e.label.slice(0, 4).trim().toLowerCase());
  }
  return out;
}

/** A typo: the two middle letters swapped ("Khrushchev" → "Khruhschev"); short words lose their last letter. */
export function misspell(word: string): string {
  if (word.length < 5) return word.slice(0, -1) || word;
  const i = Math.floor(word.length / 2) - 1;
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

/** An entity drawn in proportion to its degree plus one: hubs are asked about most, leaves now and then. */
function popular(entities: readonly MixEntity[], rng: Rng): MixEntity {
  const total = entities.reduce((s, e) => s + e.degree + 1, 0);
  let r = rng() * total;
  for (const e of entities) {
    r -= e.degree + 1;
    if (r < 0) return e;
  }
  return entities[entities.length - 1]!;
}

/** `count` distinct popular entities. */
function distinct(entities: readonly MixEntity[], rng: Rng, count: number): MixEntity[] {
  const out = new Map<string, MixEntity>();
  while (out.size < count) {
    const e = popular(entities, rng);
    out.set(e.id, e);
  }
  return [...out.values()];
}

/** Shortest path, k=3, one or two waypoints, a longer reach; endpoints by id or by label as people type them. */
function pathQuery(entities: readonly MixEntity[], rng: Rng): string {
  const shape = Math.floor(rng() * 5);
  const stops = distinct(entities, rng, shape === 2 ? 3 : shape === 3 ? 4 : 2);
  const name = (e: MixEntity) => encodeURIComponent(rng() < 0.3 ? e.label : e.id);
  const params = [`from=${name(stops[0]!)}`, `to=${name(stops[stops.length - 1]!)}`];
  const via = stops.slice(1, -1).map(name);
  if (via.length) params.push(`via=${via.join(',')}`);
  if (shape === 1 || shape === 3) params.push('k=3');
  if (shape === 4) params.push('maxHops=8', 'k=3');
  return params.join('&');
}

/** `a -> b k=3`, `a -> b -> c`, `a -> b at=1969 facts`. */
function oneLine(entities: readonly MixEntity[], rng: Rng): string {
  const shape = Math.floor(rng() * 3);
  const stops = distinct(entities, rng, shape === 1 ? 3 : 2).map((e) => e.id);
  const options = shape === 0 ? ' k=3' : shape === 2 ? ' at=1969 facts' : '';
  return `${stops.join(' -> ')}${options}`;
}

/** The views one export route is asked for: the popular ones in turn, and now and then a new one. */
function exportStream(
  entities: readonly MixEntity[],
  format: string,
  mix: ExportMix,
  rng: Rng,
): () => string {
  const views = ['', 'at=1969', ...Array.from({ length: 8 }, () => pairView(entities, rng))];
  const hot = [...new Set(views)].slice(0, mix.popular);
  const asked = new Set(hot);
  let turn = 0;
  return () => {
    let view = hot[turn++ % hot.length]!;
    if (rng() < mix.fresh) {
      // A view not asked for before in this run; after a few tries at a repeat, a new year makes it new.
      view = pairView(entities, rng);
      for (let year = 1900; asked.has(view); year++) view = `${pairView(entities, rng)}&at=${year}`;
    }
    asked.add(view);
    return `/api/export/${format}${view ? `?${view}` : ''}`;
  };
}

function pairView(entities: readonly MixEntity[], rng: Rng): string {
  const [from, to] = distinct(entities, rng, 2);
  return `from=${from!.id}&to=${to!.id}${rng() < 0.3 ? '&k=3' : ''}`;
}
