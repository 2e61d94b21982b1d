// Measures time to the first drawn frame (essay, and a synthetic 5,000-node / 20,000-edge graph) and pans the
// large graph. Times are recorded in tests/.artifacts/performance.json, never asserted (no timed assertions).
import { afterAll, describe, expect, it } from 'vitest';
import {
  drawnPixels,
  explorerSession,
  HAS_CHROMIUM,
  recordTimings,
  saveScreenshot,
  waitForGraph,
} from './helpers.js';
import { cameraSettled } from './ui.js';

/**
 * Loads of each graph. The first is cold (fresh profile, nothing compiled); the median of the others is reported as
 * warm. `npm test` loads each once (what it checks is that the graphs draw); docs/performance.md's figures are
 * measured with FIRST_FRAME_RUNS=4.
 */
const RUNS = Number(process.env.FIRST_FRAME_RUNS ?? 1);

describe.skipIf(!HAS_CHROMIUM)('explorer speed', () => {
  const session = explorerSession();
  const timings: Record<string, unknown> = {
    measuredAt: new Date().toISOString(),
    browser: 'headless Chromium (SwiftShader WebGL), 1440×900',
    note: 'ms from navigation start to the first frame sigma drew; cold = first load in a fresh profile',
  };

  afterAll(() => recordTimings('performance', timings));

  const firstFrames = async (path: string) => {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await session.page.goto(`${session.server.url}${path}`);
      times.push(await waitForGraph(session.page));
    }
    return { cold: times[0], warm: median(times.slice(1)), runs: times };
  };

  it('should draw the essay graph and record its first frame', async () => {
    timings.essay = await firstFrames('/');
    timings.essaySize = await session.page.evaluate(() => ({
      nodes: window.essayExplorer!.graph.order,
      edges: window.essayExplorer!.graph.size,
    }));
    expect(await drawnPixels(session.page)).toBeGreaterThan(5_000);
  });

  it('should draw a 5,000-node, 20,000-edge graph and pan it without errors', async () => {
    timings.synthetic = await firstFrames('/?dataset=synthetic');
    const size = await session.page.evaluate(() => ({
      nodes: window.essayExplorer!.graph.order,
      edges: window.essayExplorer!.graph.size,
    }));
    expect(size).toEqual({ nodes: 5_000, edges: 20_000 });
    timings.syntheticSize = size;
    const box = (await session.page.locator('#graph').boundingBox())!;
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    const started = Date.now();
    for (const [dx, dy] of [
      [200, 0],
      [0, 150],
      [-250, -100],
      [80, -60],
    ] as const) {
      await session.page.mouse.move(cx, cy);
      await session.page.mouse.down();
      await session.page.mouse.move(cx + dx, cy + dy, { steps: 6 });
      await session.page.mouse.up();
    }
    await session.page.mouse.wheel(0, -400);
    // The pan is over when the camera rests (the wheel's zoom is animated).
    await cameraSettled(session.page);
    timings.syntheticPanMs = Date.now() - started;
    expect(await drawnPixels(session.page)).toBeGreaterThan(5_000);
    await saveScreenshot(session.page, 'synthetic-5000');
    expect(session.errors).toEqual([]);
  }, 120_000);
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}
