// Measures time to the first drawn frame (essay, and a synthetic 5,000-node / 20,000-edge graph) and pans the
// large graph. Times are recorded in tests/.artifacts/performance.json, never asserted (no timed assertions).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  buildClient,
  collectErrors,
  drawnPixels,
  HAS_CHROMIUM,
  launchBrowser,
  recordTimings,
  saveScreenshot,
  startServer,
  waitForGraph,
  type TestServer,
} from './helpers.js';

/** The first load is cold (fresh profile, nothing compiled); the median of the others is reported as warm. */
const RUNS = 4;

describe.skipIf(!HAS_CHROMIUM)('explorer speed', () => {
  let server: TestServer;
  let browser: BrowserContext;
  let page: Page;
  let errors: string[];
  const timings: Record<string, unknown> = {
    measuredAt: new Date().toISOString(),
    browser: 'headless Chromium (SwiftShader WebGL), 1440×900',
    note: 'ms from navigation start to the first frame sigma drew; cold = first load in a fresh profile',
  };

  beforeAll(async () => {
    server = await startServer(await buildClient());
    browser = await launchBrowser();
    page = await browser.newPage();
    errors = collectErrors(page);
  });

  afterAll(async () => {
    recordTimings('performance', timings);
    await browser?.close();
    await server?.close();
  });

  const firstFrames = async (path: string) => {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.goto(`${server.url}${path}`);
      times.push(await waitForGraph(page));
    }
    return { cold: times[0], warm: median(times.slice(1)), runs: times };
  };

  it('should draw the essay graph and record its first frame', async () => {
    timings.essay = await firstFrames('/');
    timings.essaySize = await page.evaluate(() => ({
      nodes: window.essayExplorer!.graph.order,
      edges: window.essayExplorer!.graph.size,
    }));
    expect(await drawnPixels(page)).toBeGreaterThan(5_000);
  });

  it('should draw a 5,000-node, 20,000-edge graph and pan it without errors', async () => {
    timings.synthetic = await firstFrames('/?dataset=synthetic');
    const size = await page.evaluate(() => ({
      nodes: window.essayExplorer!.graph.order,
      edges: window.essayExplorer!.graph.size,
    }));
    expect(size).toEqual({ nodes: 5_000, edges: 20_000 });
    timings.syntheticSize = size;
    const box = (await page.locator('#graph').boundingBox())!;
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    const started = Date.now();
    for (const [dx, dy] of [
      [200, 0],
      [0, 150],
      [-250, -100],
      [80, -60],
    ] as const) {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      await page.mouse.move(cx + dx, cy + dy, { steps: 6 });
      await page.mouse.up();
    }
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(500);
    timings.syntheticPanMs = Date.now() - started;
    expect(await drawnPixels(page)).toBeGreaterThan(5_000);
    await saveScreenshot(page, 'synthetic-5000');
    expect(errors).toEqual([]);
  }, 120_000);
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}
