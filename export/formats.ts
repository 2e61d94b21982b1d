// The export formats by name, and the file name a download of a view gets.
import { cypherFormat } from './cypher.js';
import { edgesCsvFormat, nodesCsvFormat } from './csv.js';
import type { ExportFormat, ExportView } from './export-types.js';
import { gexfFormat } from './gexf.js';
import { graphmlFormat } from './graphml.js';
import { htmlFormat } from './html.js';
import { jsonFormat } from './json.js';
import { markdownFormat } from './markdown.js';
import { pngFormat } from './png.js';
import { svgFormat } from './svg.js';

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  svgFormat,
  pngFormat,
  markdownFormat,
  htmlFormat,
  gexfFormat,
  graphmlFormat,
  jsonFormat,
  nodesCsvFormat,
  edgesCsvFormat,
  cypherFormat,
];

export const EXPORT_NAMES = EXPORT_FORMATS.map((f) => f.name);

/** The format called `name` exactly (as in /api/export/<name>), or null. */
export function exportFormat(name: string): ExportFormat | null {
  return EXPORT_FORMATS.find((f) => f.name === name) ?? null;
}

/** The format a person means: its full name or an alias ("svg", "gephi", "neo4j"), any case; or null. */
export function findFormat(nameOrAlias: string): ExportFormat | null {
  const wanted = nameOrAlias.trim().toLowerCase();
  return EXPORT_FORMATS.find((f) => f.name === wanted || f.aliases.includes(wanted)) ?? null;
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * "path-mao-zedong-nikita-khrushchev-de-stalinization.svg", "graph-at-1969-nodes.csv": names that say what
 * the file shows, so several downloads do not overwrite one another. Only [a-z0-9.-], safe in any header.
 */
export function downloadName(format: ExportFormat, view: ExportView): string {
  const parts: string[] = [];
  if (view.query !== null) {
    const { from, via, to } = view.query;
    parts.push('path', ...[from, ...via, to].map((s) => s.id));
  } else parts.push('graph');
  const { at, facts, modalities, path } = view.params;
  if (view.focus) parts.push('neighbours-of', view.focus.id);
  if (path !== undefined && view.query !== null) parts.push(`path-${path}`);
  if (at !== undefined) parts.push(`at-${at}`);
  if (facts) parts.push('facts');
  if (modalities?.length) parts.push(...[...modalities].sort());
  const base = slug(parts.join('-')).slice(0, 120).replace(/-+$/, '') || 'graph';
  const [stem, extension] = format.name.split('.') as [string, string];
  return stem === 'graph' ? `${base}.${extension}` : `${base}-${stem}.${extension}`;
}
