// graph.svg: a report-quality drawing of the view: title, the graph with its path highlighted, legend, footnotes.
import { formatInfo } from './format-list.js';
import { hopSentence } from '../graph/query/narrative.js';
import { drawnDashed, KIND_COLORS, POLARITY_COLORS } from './style.js';
import { kindTitle } from '../graph/kind-names.js';
import { ENTITY_KINDS, POLARITIES, type Polarity } from '../graph/types.js';
import type { ExportFormat, ExportView } from './export-types.js';
import {
  buildScene,
  checkDrawingHeight,
  drawnQuote,
  plotHeight,
  SCENE_DEFAULTS,
  type Scene,
  type SceneEdge,
  type SceneLabel,
  type SceneNode,
} from './svg-scene.js';
import { oneLine, textWidth, truncateText, wrapText } from './text-metrics.js';
import {
  attribution,
  documentTitle,
  printedQuote,
  quoteFormNote,
  citedSentence,
  viewNameOf,
  viewSubtitle,
} from './view.js';
import { escapeXmlAttribute as attr, escapeXmlText as text } from './xml.js';

export const SVG_DEFAULTS = {
  width: 1600,
  margin: 56,
  /** DejaVu Sans first: the PNG rasterizer ships it, and the label widths are measured in it. */
  fontFamily: "'DejaVu Sans', 'Liberation Sans', Verdana, Arial, sans-serif",
  ink: '#1a1a1a',
  muted: '#5f6368',
  paper: '#ffffff',
  plotBackground: '#f8f9fa',
  /** Opacity of the context around a path: its relations, its entities. */
  fadedEdge: 0.2,
  fadedNode: 0.3,
  lineHeight: 22,
  noteSize: 15,
} as const;

/** The dashes of a relation not stated as a fact (export/style.ts): the explorer's visual language. */
const CLAIM_DASH = '8 6';
const DASHED_LEGEND = 'claim, hypothetical or question';

export function renderSvg(view: ExportView): string {
  const { width, margin } = SVG_DEFAULTS;
  const inner = width - 2 * margin;
  const header = renderHeader(view, inner);
  const plot = { x: margin, y: header.height, w: inner, h: plotHeight(view, inner) };
  const scene = buildScene(view, plot);
  const legend = renderLegend(view, plot.y + plot.h + 20, inner);
  const notes = renderNotes(view, scene, legend.bottom + 28, inner);
  const height = Math.ceil(notes.bottom + margin / 2);
  checkDrawingHeight(height);
  const title = documentTitle(view);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="svg-title svg-desc">`,
    `<title id="svg-title">${text(title)}</title>`,
    `<desc id="svg-desc">${text(`${viewSubtitle(view)}. ${attribution(view.meta)}.`)}</desc>`,
    renderDefs(),
    `<rect width="${width}" height="${height}" fill="${SVG_DEFAULTS.paper}"/>`,
    `<g font-family="${attr(SVG_DEFAULTS.fontFamily)}" fill="${SVG_DEFAULTS.ink}">`,
    header.svg,
    renderPlot(scene),
    legend.svg,
    notes.svg,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}

function renderDefs(): string {
  const marker = (id: string, color: string, size: number) =>
    `<marker id="${id}" viewBox="0 0 10 10" refX="8.5" refY="5" markerWidth="${size}" markerHeight="${size}" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0.5 L10,5 L0,9.5 z" fill="${color}"/></marker>`;
  return [
    '<defs>',
    ...POLARITIES.flatMap((p) => [
      marker(`arrow-${p}`, POLARITY_COLORS[p], 9),
      marker(`arrow-${p}-path`, PATH_COLORS[p], 15),
    ]),
    '</defs>',
  ].join('\n');
}

function renderHeader(view: ExportView, inner: number): { svg: string; height: number } {
  const { margin, muted } = SVG_DEFAULTS;
  const isPath = view.paths !== null || view.focus !== undefined;
  const title = documentTitle(view);
  const byline = isPath
    ? `From ${attribution(view.meta)}`
    : [view.meta.author, view.meta.publication, view.meta.published].filter(Boolean).join(' · ');
  const lines = [
    textLine(margin, 66, truncateText(title, inner, 30, true), { size: 30, bold: true }),
    textLine(margin, 100, truncateText(byline, inner, 18), { size: 18 }),
    textLine(margin, 128, truncateText(viewSubtitle(view), inner, 15), { size: 15, fill: muted }),
  ];
  return { svg: `<g id="header">\n${lines.join('\n')}\n</g>`, height: 150 };
}

function renderPlot(scene: Scene): string {
  const { plot } = scene;
  const { plotBackground } = SVG_DEFAULTS;
  const frame = `x="${plot.x}" y="${plot.y}" width="${plot.w}" height="${plot.h}" rx="10"`;
  return [
    // A path view frames the paths' region: what lies outside the plot is clipped.
    `<clipPath id="plot-clip"><rect ${frame}/></clipPath>`,
    `<rect ${frame} fill="${plotBackground}" stroke="#e3e5e8"/>`,
    '<g id="graph" clip-path="url(#plot-clip)">',
    ...scene.edges.filter((e) => !e.onPath).map(renderEdge),
    ...scene.nodes.filter((n) => !n.onPath).map(renderNode),
    ...scene.edges.filter((e) => e.onPath).map(renderEdge),
    ...scene.nodes.filter((n) => n.onPath).map(renderNode),
    ...scene.edges
      .filter((e) => e.hop !== null)
      .sort((a, b) => a.hop! - b.hop!)
      .map(renderHopBadge),
    ...scene.labels.map(renderLabel),
    '</g>',
  ].join('\n');
}

/** Path hops are drawn thick; their neutral grey is darkened so the hop stands out as much as the others. */
const PATH_COLORS: Record<Polarity, string> = { ...POLARITY_COLORS, neutral: '#6f757b' };

function renderEdge(e: SceneEdge): string {
  const width = e.onPath ? 4.5 : 1.6;
  const pattern = e.dashed ? CLAIM_DASH : null;
  // Dashes grow with the stroke, else a thick dotted line closes up into a solid one.
  const dash =
    pattern && e.onPath
      ? pattern
          .split(' ')
          .map((n) => Number(n) * 1.8)
          .join(' ')
      : pattern;
  const color = (e.onPath ? PATH_COLORS : POLARITY_COLORS)[e.polarity];
  const style = `fill="none" stroke="${color}" stroke-width="${width}" stroke-linecap="round"${dash ? ` stroke-dasharray="${dash}"` : ''}`;
  const marker = `marker-end="url(#arrow-${e.polarity}${e.onPath ? '-path' : ''})"`;
  const line = `<path d="${e.d}" ${style} ${marker}/>`;
  if (e.onPath)
    // A white casing under the hop keeps it legible where it crosses the context.
    return `<g data-edge="${attr(e.id)}"><path d="${e.d}" fill="none" stroke="#fff" stroke-width="9" stroke-linecap="round"/>${line}</g>`;
  const opacity = e.faded ? SVG_DEFAULTS.fadedEdge : 0.8;
  return `<g data-edge="${attr(e.id)}" opacity="${opacity}">${line}</g>`;
}

function renderNode(n: SceneNode): string {
  const stroke = n.onPath
    ? `stroke="${SVG_DEFAULTS.ink}" stroke-width="3"`
    : 'stroke="#fff" stroke-width="1.5"';
  const opacity = n.faded ? ` opacity="${SVG_DEFAULTS.fadedNode}"` : '';
  return `<circle data-node="${attr(n.id)}" cx="${n.x}" cy="${n.y}" r="${n.r}" fill="${n.color}" ${stroke}${opacity}><title>${text(n.label)}</title></circle>`;
}

function renderHopBadge(e: SceneEdge): string {
  const r = SCENE_DEFAULTS.hopBadgeRadius;
  return [
    `<g data-hop="${e.hop}">`,
    `<circle cx="${e.mid.x}" cy="${e.mid.y}" r="${r}" fill="${SVG_DEFAULTS.ink}" stroke="#fff" stroke-width="2"/>`,
    `<text x="${e.mid.x}" y="${e.mid.y + 5}" text-anchor="middle" font-size="14" font-weight="bold" fill="#fff">${e.hop}</text>`,
    '</g>',
  ].join('');
}

function renderLabel(l: SceneLabel): string {
  const weight = l.bold ? ' font-weight="bold"' : '';
  const opacity = l.faded ? ' opacity="0.6"' : '';
  // The white stroke painted under the letters is a halo: labels stay readable over edges.
  return `<text x="${l.x}" y="${l.y}" text-anchor="${l.anchor}" font-size="${l.size}"${weight}${opacity} stroke="#fff" stroke-width="4" stroke-linejoin="round" paint-order="stroke">${text(oneLine(l.text))}</text>`;
}

/** One entry of the legend: its width, and its drawing at (x, y). */
interface LegendItem {
  width: number;
  svg: (x: number, y: number) => string;
}

function renderLegend(view: ExportView, top: number, inner: number) {
  const { margin, muted } = SVG_DEFAULTS;
  const label = (s: string, size = 15): LegendItem => ({
    width: textWidth(s, size),
    svg: (x: number, y: number) => textLine(x, y + 5, s, { size, fill: muted }),
  });
  const rows = [
    [label('Entities'), ...kindItems(view)],
    [label('Relations'), ...relationItems(view)],
  ];
  const svg: string[] = [];
  let y = top + 10;
  for (const row of rows) {
    let x = margin;
    for (const item of row) {
      if (x + item.width > margin + inner) {
        x = margin;
        y += 30;
      }
      svg.push(item.svg(x, y));
      x += item.width + 26;
    }
    y += 32;
  }
  return { svg: `<g id="legend">\n${svg.join('\n')}\n</g>`, bottom: y - 12 };
}

/** A coloured dot per kind of entity the view shows. */
function kindItems(view: ExportView): LegendItem[] {
  const kinds = new Set(view.graph.mapNodes((_, a) => a.kind));
  return ENTITY_KINDS.filter((k) => kinds.has(k)).map((kind) => {
    const name = kindTitle(kind);
    return {
      width: 20 + textWidth(name, 15),
      svg: (x, y) =>
        `<circle cx="${x + 7}" cy="${y}" r="7" fill="${KIND_COLORS[kind]}"/>${textLine(x + 20, y + 5, name, { size: 15 })}`,
    };
  });
}

/** A line per polarity the view shows, the dashed line if any relation is drawn dashed, and the hop badge. */
function relationItems(view: ExportView): LegendItem[] {
  const polarities = new Set(view.graph.mapEdges((_, a) => a.polarity));
  const anyDashed = view.graph.someEdge((_, a) => drawnDashed(a.modality));
  const line = (color: string, dash: string | null, marker: string, words: string) => ({
    width: 44 + textWidth(words, 15),
    svg: (x: number, y: number) =>
      `<path d="M${x},${y} L${x + 34},${y}" stroke="${color}" stroke-width="2.5" stroke-linecap="round"${dash ? ` stroke-dasharray="${dash}"` : ''} marker-end="url(#${marker})"/>${textLine(x + 44, y + 5, words, { size: 15 })}`,
  });
  const hopItem =
    view.paths?.length && view.paths.some((p) => p.hops.length)
      ? [
          {
            width: 34 + textWidth('hop of the path, quoted below', 15),
            svg: (x: number, y: number) =>
              `<circle cx="${x + 12}" cy="${y}" r="12" fill="${SVG_DEFAULTS.ink}"/><text x="${x + 12}" y="${y + 5}" text-anchor="middle" font-size="13" font-weight="bold" fill="#fff">1</text>${textLine(x + 30, y + 5, 'hop of the path, quoted below', { size: 15 })}`,
          },
        ]
      : [];
  // Colour tells polarity; dashes tell a relation the essay does not state as a fact, as in the explorer.
  return [
    ...POLARITIES.filter((p) => polarities.has(p)).map((p) =>
      line(POLARITY_COLORS[p], null, `arrow-${p}`, p),
    ),
    ...(anyDashed
      ? [line(POLARITY_COLORS.neutral, CLAIM_DASH, 'arrow-neutral', `dashed: ${DASHED_LEGEND}`)]
      : []),
    ...hopItem,
  ];
}

function renderNotes(view: ExportView, scene: Scene, top: number, inner: number) {
  const { margin, lineHeight, noteSize, muted } = SVG_DEFAULTS;
  const out: string[] = [];
  let y = top;
  const line = (s: string, opts: TextOptions & { indent?: number } = {}) => {
    y += lineHeight;
    out.push(textLine(margin + (opts.indent ?? 0), y, s, { size: noteSize, ...opts }));
  };
  const wrapped = (s: string, indent: number, opts: TextOptions = {}) => {
    for (const l of wrapText(s, inner - indent, opts.size ?? noteSize, opts.bold))
      line(l, { ...opts, indent });
  };

  if (view.paths !== null) {
    line('Evidence', { size: 18, bold: true });
    if (view.paths.length === 0) wrapped(view.reason ?? 'No path matches this query.', 0);
    const written = new Set<number>();
    view.paths.forEach((path, i) => {
      y += 6;
      if (view.paths!.length > 1)
        wrapped(
          `Path ${i + 1} (${path.length} hop${path.length === 1 ? '' : 's'}): ${path.nodes.map((n) => n.label).join(' → ')}`,
          0,
          { bold: true, fill: muted },
        );
      for (const hop of path.hops) {
        const n = scene.hopNumbers.get(hop.edge)!;
        y += 4;
        const badgeY = y + lineHeight - 5;
        out.push(
          `<circle cx="${margin + 12}" cy="${badgeY}" r="12" fill="${SVG_DEFAULTS.ink}"/><text x="${margin + 12}" y="${badgeY + 5}" text-anchor="middle" font-size="13" font-weight="bold" fill="#fff">${n}</text>`,
        );
        wrapped(
          hopSentence(hop, viewNameOf(view)) + (written.has(n) ? ' — quoted above' : ''),
          34,
          {
            bold: true,
          },
        );
        if (written.has(n)) continue;
        written.add(n);
        for (const e of hop.evidence)
          wrapped(
            `“${drawnQuote(printedQuote(view, e, hop.doc))}” — ${citedSentence(view, hop.doc, e.sentence)}`,
            34,
            {
              italic: true,
            },
          );
      }
    });
    y += 10;
  }
  const quotes = view.paths?.length
    ? `Quotes are the essay’s own words (sentences numbered from 1). ${quoteFormNote(view)} `
    : '';
  wrapped(`${quotes}Source: ${attribution(view.meta)}.`, 0, { size: 13, fill: muted });
  return { svg: `<g id="notes">\n${out.join('\n')}\n</g>`, bottom: y };
}

interface TextOptions {
  size?: number;
  bold?: boolean;
  italic?: boolean;
  fill?: string;
}

function textLine(x: number, y: number, s: string, o: TextOptions = {}): string {
  const extra = [
    o.size ? ` font-size="${o.size}"` : '',
    o.bold ? ' font-weight="bold"' : '',
    o.italic ? ' font-style="italic"' : '',
    o.fill ? ` fill="${o.fill}"` : '',
  ].join('');
  return `<text x="${Math.round(x * 10) / 10}" y="${Math.round(y * 10) / 10}"${extra}>${text(oneLine(s))}</text>`;
}

export const svgFormat: ExportFormat = {
  ...formatInfo('graph.svg'),
  render: renderSvg,
};
