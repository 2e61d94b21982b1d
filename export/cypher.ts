// graph.cypher: a Neo4j script of the view's data graph: one MERGE per entity, one typed relationship per relation.
import { formatInfo } from './format-list.js';
import { citations } from './citations.js';
import type { ExportFormat, ExportView } from './export-types.js';
import { dataGraph } from './view.js';
import { kindTitle } from '../graph/kind-names.js';
import type { DrawnEdgeAttributes, DrawnGraph, DrawnNodeAttributes } from './drawn-graph.js';
import type { TimeSpan } from '../graph/types.js';

/** Every entity also carries :Entity, so one uniqueness constraint (and its index) serves every MATCH. */
const BASE_LABEL = 'Entity';

type CypherValue = string | number | boolean | null | CypherValue[];

/**
 * A Cypher string literal: single-quoted; backslash, quote and line breaks escaped; other control characters,
 * the line/paragraph separators and lone surrogates (which UTF-8 cannot carry) as \uXXXX; all else as is.
 */
export function cypherString(value: string): string {
  const escaped = value.replace(
    // eslint-disable-next-line no-control-regex
    /[\\'\n\r\t\u0000-\u001F\u007F\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    (c) => SIMPLE_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `'${escaped}'`;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

function cypherValue(value: CypherValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(cypherValue).join(', ')}]`;
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  return value ? 'true' : 'false';
}

/** A label or relationship type: backticked unless a plain identifier; backticks doubled inside. */
function cypherName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}

/** "denounced" → DENOUNCED, "allied-with" → ALLIED_WITH: Neo4j's convention for relationship types. */
export function relationshipType(relation: string): string {
  return relation
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
}

function properties(props: Record<string, CypherValue>): string {
  return `{${Object.entries(props)
    .map(([k, v]) => `${cypherName(k)}: ${cypherValue(v)}`)
    .join(', ')}}`;
}

/** A span's bounds and, for a date not taken from the text, where it comes from. */
function timeProperties(time: TimeSpan | null): Record<string, CypherValue> {
  return {
    time_start: time?.start ?? null,
    time_end: time?.end ?? null,
    time_from: time?.from ?? null,
    time_source: time?.source ?? null,
  };
}

function nodeProperties(a: DrawnNodeAttributes): Record<string, CypherValue> {
  return {
    label: a.label,
    kind: a.kind,
    description: a.description,
    aliases: a.aliases,
    ...timeProperties(a.time),
    importance: a.importance,
    // Neo4j properties cannot hold maps: the mentions' offsets go as JSON.
    mentions_json: JSON.stringify(a.mentions),
    x: a.x,
    y: a.y,
    size: a.size,
    color: a.color,
  };
}

function edgeProperties(
  a: DrawnEdgeAttributes,
  cite: (doc: string) => string,
): Record<string, CypherValue> {
  return {
    doc: a.doc,
    doc_citation: cite(a.doc),
    relation: a.relation,
    label: a.label,
    inverse_label: a.inverseLabel,
    polarity: a.polarity,
    modality: a.modality,
    asserted_by: a.assertedBy,
    ...timeProperties(a.time),
    evidence: a.evidence.map((e) => e.quote),
    evidence_sentences: a.evidence.map((e) => e.sentence),
    evidence_json: JSON.stringify(a.evidence),
    note: a.note ?? null,
  };
}

function header(view: ExportView, graph: DrawnGraph): string[] {
  const { meta } = view;
  return [
    `// ${meta.title} — ${meta.author}, ${meta.publication}`.replace(/[\r\n]+/g, ' '),
    `// ${graph.order} entities and ${graph.size} relations, each with the essay's quotes as evidence.`,
    '// Run with `cypher-shell -f graph.cypher` or paste into Neo4j Browser; re-running it updates, never duplicates.',
  ];
}

function writeCypher(view: ExportView): string {
  const graph = dataGraph(view);
  const lines = [
    ...header(view, graph),
    `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${BASE_LABEL}) REQUIRE n.id IS UNIQUE;`,
    '',
  ];
  graph.forEachNode((id, a) => {
    const labels = `${BASE_LABEL}:${cypherName(kindTitle(a.kind))}`;
    lines.push(
      `MERGE (n:${labels} {id: ${cypherString(id)}}) SET n += ${properties(nodeProperties(a))};`,
    );
  });
  lines.push('');
  const cite = citations(graph);
  graph.forEachEdge((id, a, source, target) => {
    lines.push(
      `MATCH (a:${BASE_LABEL} {id: ${cypherString(source)}}) MATCH (b:${BASE_LABEL} {id: ${cypherString(target)}}) ` +
        `MERGE (a)-[r:${cypherName(relationshipType(a.relation))} {id: ${cypherString(id)}}]->(b) ` +
        `SET r += ${properties(edgeProperties(a, cite))};`,
    );
  });
  return `${lines.join('\n')}\n`;
}

export const cypherFormat: ExportFormat = {
  ...formatInfo('graph.cypher'),
  render: writeCypher,
};
