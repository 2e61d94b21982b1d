import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { loadEssay } from '../../graph/essay.js';
import { TooExpensiveError } from '../../graph/errors.js';
import { fontFiles, pngFormat, svgToPng } from '../../export/png.js';
import { renderSvg } from '../../export/svg.js';
import { exportView } from '../../export/view.js';
import { ESSAY_CORPUS } from '../helpers/fixtures.js';
import { MINI_PATH, miniView } from './views.js';
import { DRAWN_LAYOUT } from '../../export/drawn-graph.js';

/** Width and height from the IHDR chunk, which a valid PNG has right after its 8-byte signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('graph.png', () => {
  it('should be a PNG at least 1600 px wide', async () => {
    const png = (await pngFormat.render(await miniView(MINI_PATH))) as Buffer;
    const { width, height } = pngSize(png);
    expect(width).toBe(2400);
    expect(height).toBeGreaterThan(1000);
  });

  it('should draw text with fonts shipped in node_modules, not the system’s', () => {
    expect(fontFiles().length).toBeGreaterThan(0);
    for (const file of fontFiles()) expect(existsSync(file)).toBe(true);
  });
});

describe('graph.png off the event loop', () => {
  it('should leave the event loop free while it renders and encodes', async () => {
    const view = exportView(await loadEssay(ESSAY_CORPUS, { layout: DRAWN_LAYOUT }), {});
    const svg = renderSvg(view);
    await svgToPng(svg); // The worker is started and warm: what follows is rendering only.
    // Event-loop utilization counts the time the loop spent running code, not waiting: on a busy machine the
    // process may wait for a core, which a gap between timer ticks would count as blocking, and this does not.
    const before = performance.eventLoopUtilization();
    const started = performance.now();
    const pngs = await Promise.all([svgToPng(svg), svgToPng(svg, 2)]);
    const took = performance.now() - started;
    const { active } = performance.eventLoopUtilization(before);
    for (const png of pngs) expect(pngSize(png).width).toBeGreaterThanOrEqual(2400);
    // Two renders and encodings took far longer than the loop was ever busy: the work happened elsewhere.
    expect(took).toBeGreaterThan(100);
    expect(active).toBeLessThan(40);
  });

  it('should refuse (422) a drawing taller than the pixel cap before rendering it', () => {
    const tall = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="123231"></svg>`;
    expect(() => svgToPng(tall)).toThrow(TooExpensiveError);
    expect(() => svgToPng(tall)).toThrow(/2400 × 184847 px PNG/);
  });
});
