// graph.png: the SVG drawing rasterized by resvg in a worker thread, with the DejaVu fonts shipped by npm.
import { formatInfo } from './format-list.js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { TooExpensiveError } from '../graph/errors.js';
import type { ExportFormat, ExportView } from './export-types.js';
import type { PngJob, PngOutcome } from './png-worker.js';
import { renderSvg, SVG_DEFAULTS } from './svg.js';

export const PNG_DEFAULTS = {
  /** 1.5 × the SVG's 1600 units: 2400 px, sharp in print and on high-density screens. */
  zoom: 1.5,
  /**
   * The most pixels a PNG may have: 2400 × 15,000 px, 144 MB of RGBA while it is drawn. A typical path is
   * 2400 × 2,000 px; only a drawing taller than any real view would reach this.
   */
  maxPixels: 2400 * 15_000,
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

function resvgOptions(zoom: number): ResvgRenderOptions {
  return {
    fitTo: { mode: 'zoom', value: zoom },
    background: SVG_DEFAULTS.paper,
    font: {
      loadSystemFonts: false,
      fontFiles: fontFiles(),
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
  };
}

/** The drawing's size in SVG units, from its root element. */
function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"/.exec(svg);
  return { width: Number(root?.[1] ?? 0), height: Number(root?.[2] ?? 0) };
}

/** Refuses (422) a drawing whose PNG would exceed `maxPixels`, before any memory is spent on it. */
function checkPngSize(svg: string, zoom: number = PNG_DEFAULTS.zoom): void {
  const { width, height } = svgSize(svg);
  const pixels = Math.ceil(width * zoom) * Math.ceil(height * zoom);
  if (pixels > PNG_DEFAULTS.maxPixels)
    throw new TooExpensiveError(
      `This view would make a ${Math.ceil(width * zoom)} × ${Math.ceil(height * zoom)} px PNG, more than ` +
        `${PNG_DEFAULTS.maxPixels / 1e6} million pixels; export it as SVG, or narrow it (fewer paths, a filter).`,
    );
}

export function svgToPng(svg: string, zoom: number = PNG_DEFAULTS.zoom): Promise<Buffer> {
  checkPngSize(svg, zoom);
  return rasterizer.run(svg, resvgOptions(zoom));
}

/**
 * The worker is TypeScript: it is loaded through tsx's API, which compiles it in the worker thread whether the
 * main thread runs under tsx (npm start, the CLIs) or another loader (vitest).
 */
const TSX_API = pathToFileURL(
  join(
    dirname(createRequire(import.meta.url).resolve('tsx/package.json')),
    'dist/esm/api/index.mjs',
  ),
).href;
const TS_WORKER_BOOT = `
const { workerData } = require('node:worker_threads');
import(workerData.tsx).then((tsx) => tsx.tsImport(workerData.file, workerData.file));
`;

/**
 * The one worker thread, started on first use. It keeps the process alive only while it has jobs, so a CLI
 * exits when its export is written; if it dies, its jobs fail and the next job starts a new one.
 */
const rasterizer = (() => {
  let worker: Worker | null = null;
  let nextId = 0;
  const pending = new Map<number, { resolve: (png: Buffer) => void; reject: (e: Error) => void }>();
  const settle = (outcome: PngOutcome) => {
    const job = pending.get(outcome.id);
    pending.delete(outcome.id);
    if (pending.size === 0) worker?.unref();
    if ('png' in outcome) job?.resolve(Buffer.from(outcome.png));
    else job?.reject(new Error(`PNG rendering failed: ${outcome.error}`));
  };
  const failAll = (error: Error) => {
    worker = null;
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };
  const start = () => {
    const w = new Worker(TS_WORKER_BOOT, {
      eval: true,
      workerData: { file: new URL('./png-worker.ts', import.meta.url).href, tsx: TSX_API },
    });
    w.on('message', settle);
    w.on('error', failAll);
    w.on('exit', (code) => failAll(new Error(`the PNG worker stopped (exit code ${code})`)));
    return w;
  };
  return {
    run(svg: string, options: ResvgRenderOptions): Promise<Buffer> {
      worker ??= start();
      worker.ref();
      const id = nextId++;
      const job: PngJob = { id, svg, options };
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker!.postMessage(job);
      });
    },
  };
})();

export const pngFormat: ExportFormat = {
  ...formatInfo('graph.png'),
  render: (view: ExportView) => svgToPng(renderSvg(view)),
};
