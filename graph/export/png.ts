// graph.png: the SVG drawing rasterized on the server by resvg, with the DejaVu fonts shipped by npm.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import pLimit from 'p-limit';
import type { ExportFormat, ExportView } from './export-types.js';
import { renderSvg, SVG_DEFAULTS } from './svg.js';

export const PNG_DEFAULTS = {
  /** 1.5 × the SVG's 1600 units: 2400 px, sharp in print and on high-density screens. */
  zoom: 1.5,
} as const;

/**
 * Font files from the dejavu-fonts-ttf package rather than the system's: a fresh machine or a slim container
 * may have no fonts at all, and the same files everywhere give the same picture.
 */
export function fontFiles(): string[] {
  const dir = join(
    dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
    'ttf',
  );
  return [
    'DejaVuSans.ttf',
    'DejaVuSans-Bold.ttf',
    'DejaVuSans-Oblique.ttf',
    'DejaVuSans-BoldOblique.ttf',
  ].map((file) => join(dir, file));
}

/**
 * One rasterization at a time: each holds a full RGBA image in native memory (2400 × ~2000 px ≈ 20 MB) and a core,
 * and the encoding at the end runs on the event loop; queued, a burst of PNG requests neither multiplies the memory
 * nor starves the other routes (docs/performance.md, "Load").
 */
const oneAtATime = pLimit(1);

export function svgToPng(svg: string, zoom: number = PNG_DEFAULTS.zoom): Promise<Buffer> {
  return oneAtATime(() => rasterize(svg, zoom));
}

async function rasterize(svg: string, zoom: number): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: zoom },
    background: SVG_DEFAULTS.paper,
    font: {
      loadSystemFonts: false,
      fontFiles: fontFiles(),
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
  });
  return image.asPng();
}

export const pngFormat: ExportFormat = {
  name: 'graph.png',
  aliases: ['png'],
  contentType: 'image/png',
  description: `The SVG drawing as a PNG, ${SVG_DEFAULTS.width * PNG_DEFAULTS.zoom} px wide.`,
  render: (view: ExportView) => svgToPng(renderSvg(view)),
};
