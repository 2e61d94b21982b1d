// graph.html: one self-contained page (the SVG drawing, the data and a small viewer inline) that works offline.
import { formatInfo } from './format-list.js';
import { createHash } from 'node:crypto';
import type { ExportFormat, ExportView } from './export-types.js';
import { VIEWER_SCRIPT } from './html-viewer.js';
import { edgeStatement } from '../graph/query/narrative.js';
import { describeTime } from '../graph/time-wording.js';
import { renderSvg, SVG_DEFAULTS } from './svg.js';
import { attribution, citedSentence, documentTitle, printedQuote, quoteFormNote } from './view.js';
import { escapeXmlText as text } from './xml.js';

const STYLE = `
  :root { color-scheme: light; font-family: ${SVG_DEFAULTS.fontFamily}; color: ${SVG_DEFAULTS.ink}; }
  body { margin: 0; background: #eef0f2; }
  main { display: flex; flex-wrap: wrap; gap: 16px; padding: 16px; align-items: flex-start; }
  #viewer { flex: 1 1 900px; min-width: 320px; position: relative; background: #fff; border-radius: 8px; box-shadow: 0 1px 3px #0002; overflow: hidden; }
  #viewer svg { display: block; width: 100%; height: auto; touch-action: none; cursor: grab; }
  #controls { position: absolute; top: 8px; right: 8px; display: flex; gap: 4px; }
  #controls button { font: inherit; font-size: 18px; width: 36px; height: 36px; border: 1px solid #ccc; border-radius: 6px; background: #fff; cursor: pointer; }
  #details { flex: 0 1 340px; min-width: 260px; max-height: calc(100vh - 32px); overflow: auto; background: #fff; border-radius: 8px; padding: 4px 16px 16px; box-shadow: 0 1px 3px #0002; font-size: 15px; line-height: 1.45; }
  #details h2 { font-size: 18px; } #details h3 { font-size: 15px; margin: 14px 0 4px; }
  #details .kind { color: ${SVG_DEFAULTS.muted}; margin-top: -8px; }
  blockquote { margin: 4px 0 8px; padding-left: 10px; border-left: 3px solid #ccc; font-style: italic; }
  cite { font-style: normal; color: ${SVG_DEFAULTS.muted}; }
  [data-node], [data-edge] { cursor: pointer; }
  .active circle, circle.active { stroke: #000; stroke-width: 4; }
  [data-edge].active path:not(.hit) { stroke-width: 5; opacity: 1; }
  g[data-edge].active { opacity: 1; }
`;

/** `<` escaped in the inline JSON, so no quote can close the script element. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028|\u2029/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'));
}

function sha256(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/**
 * The page's own policy: nothing may load from anywhere (no network at all); only this page's style and
 * script run, by hash. The server sends the same policy as a header with the download.
 */
export function htmlContentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    `style-src ${sha256(STYLE)}`,
    `script-src ${sha256(VIEWER_SCRIPT)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The graph's data, each quote also in the form the page shows (`shown`) when that differs from the verbatim one,
 * and where it is from (`cited`) when the view spans documents.
 */
function withShownQuotes(view: ExportView) {
  const data = view.graph.export();
  for (const edge of data.edges)
    for (const evidence of edge.attributes?.evidence ?? []) {
      const doc = edge.attributes?.doc ?? '';
      const shown = printedQuote(view, evidence, doc);
      if (shown !== evidence.quote) Object.assign(evidence, { shown });
      // Across documents, each quote names its own; with one, "sentence n" says all.
      if (view.documents.length > 1)
        Object.assign(evidence, { cited: citedSentence(view, doc, evidence.sentence) });
    }
  return data;
}

export function renderHtml(view: ExportView): string {
  const title = documentTitle(view);
  const data = {
    meta: view.meta,
    params: view.params,
    paths: view.paths,
    graph: withShownQuotes(view),
    // The viewer shows these as they are, so the page words relations and dates exactly as the exports do.
    wording: {
      edges: Object.fromEntries(
        view.graph.mapEdges((edge) => [edge, edgeStatement(view.graph, edge)]),
      ),
      nodes: Object.fromEntries(
        view.graph.mapNodes((node, a) => [node, describeTime(a.time) ?? '']),
      ),
    },
  };
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${htmlContentSecurityPolicy()}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${text(title)} — ${text(attribution(view.meta))}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<div id="viewer">',
    '<div id="controls" hidden><button id="zoom-in" type="button" aria-label="Zoom in">+</button><button id="zoom-out" type="button" aria-label="Zoom out">−</button><button id="zoom-reset" type="button" aria-label="Reset zoom">⟲</button></div>',
    renderSvg(view),
    '</div>',
    `<aside id="details" aria-live="polite"><h2>Evidence</h2><p>Point at or tap an entity or a relation to read the essay’s words behind it. Scroll to zoom, drag to pan.</p><p>${text(quoteFormNote(view))}</p></aside>`,
    '</main>',
    `<script type="application/json" id="essay-graph-data">${inlineJson(data)}</script>`,
    `<script>${VIEWER_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export const htmlFormat: ExportFormat = {
  ...formatInfo('graph.html'),
  render: renderHtml,
};
