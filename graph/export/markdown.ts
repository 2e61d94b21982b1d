// report.md: the view as a Markdown report: each path as a numbered narrative with its quotes, and the credit.
import { formatTime } from '../query/narrative.js';
import type { PathResult } from '../query/types.js';
import { ENTITY_KINDS } from '../types.js';
import type { ExportFormat, ExportView } from './export-types.js';
import { hopSentence, sentenceNumber } from './svg.js';
import { attribution, printedQuote, quoteFormNote, viewSubtitle, documentTitle } from './view.js';

/** Backslash-escapes the characters Markdown would read as markup, so quotes print as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]{}<>#|~!]/g, '\\$&').replace(/\r?\n/g, ' ');
}

function credit(view: ExportView): string[] {
  const { meta } = view;
  const source = meta.url ? ` <${meta.url}>` : '';
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
    lines.push(`${i + 1}. **${escapeMarkdown(hopSentence(view, hop))}**`);
    for (const e of hop.evidence)
      lines.push(
        `   > “${escapeMarkdown(printedQuote(view, e))}” — sentence ${sentenceNumber(e.sentence)}`,
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
    lines.push(`### ${kind[0]!.toUpperCase()}${kind.slice(1)} (${nodes.length})`, '');
    for (const id of nodes.sort(
      (a, b) => graph.getNodeAttribute(b, 'importance') - graph.getNodeAttribute(a, 'importance'),
    )) {
      const a = graph.getNodeAttributes(id);
      const time = a.time ? ` (${formatTime(a.time)})` : '';
      lines.push(`- **${escapeMarkdown(a.label)}**${time} — ${escapeMarkdown(a.description)}`);
    }
    lines.push('');
  }
  lines.push('## Relations', '');
  graph.forEachEdge((_edge, a, _source, _target, sa, ta) => {
    const time = a.time ? ` (${formatTime(a.time)})` : '';
    const modality = a.modality === 'fact' ? '' : ` *[${a.modality}]*`;
    lines.push(
      `- ${escapeMarkdown(sa.label)} **${escapeMarkdown(a.label)}** ${escapeMarkdown(ta.label)}${time}${modality}`,
    );
    for (const e of a.evidence)
      lines.push(
        `  > “${escapeMarkdown(printedQuote(view, e))}” — sentence ${sentenceNumber(e.sentence)}`,
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
  name: 'report.md',
  aliases: ['md', 'markdown', 'report'],
  contentType: 'text/markdown; charset=utf-8',
  description:
    'A Markdown report: each path as a numbered narrative with its quotes, and the essay’s credit.',
  render: renderMarkdown,
};
