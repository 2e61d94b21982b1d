// report.md: the view as a Markdown report: each path as a numbered narrative with its quotes, and the credit.
import { formatInfo } from './format-list.js';
import { sourceUrl } from '../graph/corpus/essay-file.js';
import { describeTime } from '../graph/time-wording.js';
import { capitalize, clauseText, edgeClause } from '../graph/wording.js';
import type { PathResult } from '../graph/query/types.js';
import { ENTITY_KINDS, type TimeSpan } from '../graph/types.js';
import type { ExportFormat, ExportView } from './export-types.js';
import { hopSentence } from '../graph/query/narrative.js';
import {
  attribution,
  documentTitle,
  citedSentence,
  printedQuote,
  quoteFormNote,
  viewNameOf,
  viewSubtitle,
} from './view.js';
import { kindTitle } from '../graph/kind-names.js';

/**
 * Backslash-escapes the characters Markdown would read as markup, so quotes print as written; every line break
 * (\r, \n, U+2028, U+2029) becomes a space, so no text can start a heading, list or rule of its own.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]{}<>#|~!]/g, '\\$&').replace(/\r\n?|[\n\u2028\u2029]/g, ' ');
}

function credit(view: ExportView): string[] {
  const { meta } = view;
  // Checked at load already; parsed again here, an autolink gets only an http(s) URL, percent-encoded.
  const url = meta.url ? sourceUrl(meta.url) : null;
  const source = url ? ` <${url}>` : '';
  return [`*From ${escapeMarkdown(attribution(meta))}.*${source}`, ''];
}

function pathSection(view: ExportView, path: PathResult, index: number, count: number): string[] {
  const route = path.nodes.map((n) => escapeMarkdown(n.label)).join(' → ');
  const heading =
    count > 1
      ? `## Path ${index + 1} (${path.length} hop${path.length === 1 ? '' : 's'})`
      : '## The path';
  const lines = [heading, '', route, '', escapeMarkdown(path.narrative), ''];
  path.hops.forEach((hop, i) => {
    lines.push(`${i + 1}. **${escapeMarkdown(hopSentence(hop, viewNameOf(view)))}**`);
    for (const e of hop.evidence)
      lines.push(
        `   > “${escapeMarkdown(printedQuote(view, e, hop.doc))}” — ${escapeMarkdown(citedSentence(view, hop.doc, e.sentence))}`,
        '',
      );
    if (hop.evidence.length === 0) lines.push('');
  });
  return lines;
}

function graphSections(view: ExportView): string[] {
  const graph = view.graph;
  const lines = ['## Entities', ''];
  for (const kind of ENTITY_KINDS) {
    const nodes = graph.filterNodes((_, a) => a.kind === kind);
    if (nodes.length === 0) continue;
    lines.push(`### ${kindTitle(kind)} (${nodes.length})`, '');
    for (const id of nodes.sort(
      (a, b) => graph.getNodeAttribute(b, 'importance') - graph.getNodeAttribute(a, 'importance'),
    )) {
      const a = graph.getNodeAttributes(id);
      lines.push(
        `- **${escapeMarkdown(a.label)}**${timeNote(a.time)} — ${escapeMarkdown(a.description)}`,
      );
    }
    lines.push('');
  }
  lines.push('## Relations', '');
  graph.forEachEdge((edge, a) => {
    const clause = edgeClause(graph, edge);
    const modality = a.modality === 'fact' ? '' : ` *[${a.modality}]*`;
    lines.push(`- ${escapeMarkdown(capitalize(clauseText(clause)))}${timeNote(a.time)}${modality}`);
    for (const e of a.evidence)
      lines.push(
        `  > “${escapeMarkdown(printedQuote(view, e, a.doc))}” — ${escapeMarkdown(citedSentence(view, a.doc, e.sentence))}`,
      );
  });
  lines.push('');
  return lines;
}

export function renderMarkdown(view: ExportView): string {
  const title = documentTitle(view);
  const lines = [
    `# ${escapeMarkdown(title)}`,
    '',
    ...credit(view),
    escapeMarkdown(viewSubtitle(view)),
    '',
  ];
  if (view.paths === null) lines.push(...graphSections(view));
  else if (view.paths.length === 0)
    lines.push(escapeMarkdown(view.reason ?? 'No path matches this query.'), '');
  else view.paths.forEach((p, i) => lines.push(...pathSection(view, p, i, view.paths!.length)));
  lines.push(
    '---',
    '',
    `*Quotes are the essay’s own words; sentences are numbered from 1. ${escapeMarkdown(quoteFormNote(view))}*`,
    '',
  );
  return lines.join('\n');
}

export const markdownFormat: ExportFormat = {
  ...formatInfo('report.md'),
  render: renderMarkdown,
};

/** " (1956–1964)", with where a date not in the essay comes from; empty when undated. */
function timeNote(time: TimeSpan | null): string {
  const when = describeTime(time);
  if (!when) return '';
  return time?.source ? ` (${when}: ${escapeMarkdown(time.source)})` : ` (${when})`;
}
