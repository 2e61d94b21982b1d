import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontFiles, pngFormat } from '../../../graph/export/png.js';
import { MINI_PATH, miniView } from './views.js';

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
