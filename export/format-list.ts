// The export formats' metadata, without their renderers: what the server, the CLI and the client's Download menu list.

export type FormatName =
  | 'graph.png'
  | 'graph.svg'
  | 'report.md'
  | 'graph.html'
  | 'graph.gexf'
  | 'graph.graphml'
  | 'graph.json'
  | 'nodes.csv'
  | 'edges.csv'
  | 'graph.cypher';

/** One export, as every door names it; each applies to every view (the graph, a filter, a neighbourhood, a path). */
export interface FormatInfo {
  /** The file name, also the name in /api/export/<name>. */
  name: FormatName;
  extension: string;
  /** The Content-Type it is served with. */
  contentType: string;
  /** Short names accepted by the CLI's --format: the extension and a synonym or two. */
  aliases: readonly string[];
  description: string;
  /** The Download menu's item and hint. */
  label: string;
  hint: string;
  /** The Download menu's group: pictures and reports, or graph data. */
  group: 'report' | 'data';
  /** A drawing: costly to render (up to a second of CPU), so the server queues it and gives it a budget. */
  drawing: boolean;
}

/** In the Download menu's order. */
export const FORMAT_LIST: readonly FormatInfo[] = [
  {
    name: 'graph.png',
    extension: 'png',
    contentType: 'image/png',
    aliases: ['png'],
    // SVG_DEFAULTS.width × PNG_DEFAULTS.zoom (export/svg.ts, export/png.ts); tests/export/formats checks it.
    description: 'The SVG drawing as a PNG, 2400 px wide.',
    label: 'PNG image',
    hint: 'With legend, title and quotes',
    group: 'report',
    drawing: true,
  },
  {
    name: 'graph.svg',
    extension: 'svg',
    contentType: 'image/svg+xml; charset=utf-8',
    aliases: ['svg'],
    description:
      'A report-quality drawing: title, legend, the path highlighted with numbered hops and their quotes as footnotes.',
    label: 'SVG drawing',
    hint: 'The same, sharp at any size',
    group: 'report',
    drawing: true,
  },
  {
    name: 'report.md',
    extension: 'md',
    contentType: 'text/markdown; charset=utf-8',
    aliases: ['md', 'markdown', 'report'],
    description:
      'A Markdown report: each path as a numbered narrative with its quotes, and the essay’s credit.',
    label: 'Markdown report',
    hint: 'Numbered paths, quoted',
    group: 'report',
    drawing: false,
  },
  {
    name: 'graph.html',
    extension: 'html',
    contentType: 'text/html; charset=utf-8',
    aliases: ['html', 'page'],
    description:
      'One self-contained page: the drawing, the data and a small viewer inline; opens offline, loads nothing.',
    label: 'HTML page',
    hint: 'Self-contained, works offline',
    group: 'report',
    drawing: false,
  },
  {
    name: 'graph.gexf',
    extension: 'gexf',
    contentType: 'application/gexf+xml; charset=utf-8',
    aliases: ['gexf', 'gephi'],
    description: 'GEXF 1.3 for Gephi; evidence, time, mentions and aliases as JSON strings.',
    label: 'GEXF',
    hint: 'Opens in Gephi',
    group: 'data',
    drawing: false,
  },
  {
    name: 'graph.graphml',
    extension: 'graphml',
    contentType: 'application/graphml+xml; charset=utf-8',
    aliases: ['graphml'],
    description: 'GraphML with typed keys; evidence, time, mentions and aliases as JSON strings.',
    label: 'GraphML',
    hint: 'yEd, Cytoscape, NetworkX',
    group: 'data',
    drawing: false,
  },
  {
    name: 'graph.json',
    extension: 'json',
    contentType: 'application/json; charset=utf-8',
    aliases: ['json', 'graphology'],
    description:
      "graphology's serialized graph: Graph.from(json) or graph.import(json) reads it back.",
    label: 'JSON',
    hint: 'graphology’s format',
    group: 'data',
    drawing: false,
  },
  {
    name: 'nodes.csv',
    extension: 'csv',
    contentType: 'text/csv; charset=utf-8; header=present',
    aliases: ['nodes', 'nodes-csv'],
    description:
      'One row per entity (RFC 4180, CRLF); several values in a cell are separated by "; ".',
    label: 'Nodes CSV',
    hint: 'One row per entity',
    group: 'data',
    drawing: false,
  },
  {
    name: 'edges.csv',
    extension: 'csv',
    contentType: 'text/csv; charset=utf-8; header=present',
    aliases: ['edges', 'edges-csv', 'csv'],
    description:
      'One row per relation with its evidence quotes (one per line in the cell) and the same as JSON.',
    label: 'Relations CSV',
    hint: 'One row per relation, quotes included',
    group: 'data',
    drawing: false,
  },
  {
    name: 'graph.cypher',
    extension: 'cypher',
    contentType: 'application/x-cypher-query; charset=utf-8',
    aliases: ['cypher', 'neo4j', 'cql'],
    description:
      'A Neo4j script: MERGE per entity (:Entity plus a label per kind), a typed relationship per relation with its evidence.',
    label: 'Cypher',
    hint: 'A Neo4j import script',
    group: 'data',
    drawing: false,
  },
];

/** The format called `name` exactly, as /api/export/<name> takes it. */
export function formatInfo(name: FormatName): FormatInfo {
  return FORMAT_LIST.find((f) => f.name === name)!;
}
