// nodes.csv and edges.csv: RFC 4180 tables of the view's data graph (CRLF, quotes doubled), quotes included.
import { formatInfo } from './format-list.js';
import { stringify } from 'csv-stringify/sync';
import type { ExportFormat } from './export-types.js';
import { dataGraph } from './view.js';
import type { TimeSpan } from '../graph/types.js';
import { citations } from './citations.js';
import type { DrawnGraph } from './drawn-graph.js';

type Row = Record<string, string | number>;

const CSV_OPTIONS = {
  header: true,
  record_delimiter: 'windows',
  // With a record delimiter set, csv-stringify stops quoting lone \n by default; quotes span lines, so quote them.
  quote_record_delimiter: true,
  cast: {
    // Spreadsheets run cells starting with = + - @ as formulas (CSV injection): text cells get a leading '.
    // Numbers are cast apart, so negative coordinates stay numbers.
    string: (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value),
  },
} as const;

/** Several values in one cell: "; " between short ones, a line break between quotes. */
const LIST = '; ';
const QUOTES = '\n';

/** The years, and where a date not in the essay comes from (`time_from` is empty for the essay's own). */
function span(time: TimeSpan | null): Record<string, number | string> {
  return {
    time_start: time?.start ?? '',
    time_end: time?.end ?? '',
    time_from: time?.from ?? '',
    time_source: time?.source ?? '',
  };
}

function nodeRows(graph: DrawnGraph): Row[] {
  return graph.mapNodes((id, a) => ({
    id,
    label: a.label,
    kind: a.kind,
    description: a.description,
    aliases: a.aliases.join(LIST),
    ...span(a.time),
    importance: a.importance,
    mentions: a.mentions.length,
    mention_sentences: [...new Set(a.mentions.map((m) => m.sentence))].join(LIST),
    x: a.x,
    y: a.y,
    size: a.size,
    color: a.color,
  }));
}

function edgeRows(graph: DrawnGraph): Row[] {
  const cite = citations(graph);
  return graph.mapEdges((id, a, source, target, sa, ta) => ({
    id,
    doc: a.doc,
    doc_citation: cite(a.doc),
    source,
    source_label: sa.label,
    relation: a.relation,
    label: a.label,
    target,
    target_label: ta.label,
    inverse_label: a.inverseLabel,
    polarity: a.polarity,
    modality: a.modality,
    asserted_by: a.assertedBy,
    ...span(a.time),
    evidence: a.evidence.map((e) => e.quote).join(QUOTES),
    evidence_sentences: a.evidence.map((e) => e.sentence).join(LIST),
    evidence_json: JSON.stringify(a.evidence),
    note: a.note ?? '',
  }));
}

/** Column order of each table, also the header of an empty one. */
const NODE_COLUMNS = [
  'id',
  'label',
  'kind',
  'description',
  'aliases',
  'time_start',
  'time_end',
  'time_from',
  'time_source',
  'importance',
  'mentions',
  'mention_sentences',
  'x',
  'y',
  'size',
  'color',
];
const EDGE_COLUMNS = [
  'id',
  'doc',
  'doc_citation',
  'source',
  'source_label',
  'relation',
  'label',
  'target',
  'target_label',
  'inverse_label',
  'polarity',
  'modality',
  'asserted_by',
  'time_start',
  'time_end',
  'time_from',
  'time_source',
  'evidence',
  'evidence_sentences',
  'evidence_json',
  'note',
];

function writeCsv(rows: Row[], columns: string[]): string {
  return stringify(rows, { ...CSV_OPTIONS, columns });
}

export const nodesCsvFormat: ExportFormat = {
  ...formatInfo('nodes.csv'),
  render: (view) => writeCsv(nodeRows(dataGraph(view)), NODE_COLUMNS),
};

export const edgesCsvFormat: ExportFormat = {
  ...formatInfo('edges.csv'),
  render: (view) => writeCsv(edgeRows(dataGraph(view)), EDGE_COLUMNS),
};
