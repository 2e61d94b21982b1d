// Worker thread that rasterizes SVG drawings to PNG with resvg, so neither rendering nor encoding holds the event loop.
import { parentPort } from 'node:worker_threads';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';

export interface PngJob {
  id: number;
  svg: string;
  options: ResvgRenderOptions;
}

export type PngOutcome = { id: number; png: Uint8Array } | { id: number; error: string };

// One job at a time, as messages arrive: each holds a full RGBA image in memory only while it is drawn.
parentPort!.on('message', ({ id, svg, options }: PngJob) => {
  let outcome: PngOutcome;
  try {
    outcome = { id, png: new Resvg(svg, options).render().asPng() };
  } catch (error) {
    outcome = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(outcome);
});
