// The explorer on a 390 px phone: nothing overflows sideways, panels are sheets, a tap selects a node.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  buildClient,
  collectErrors,
  HAS_CHROMIUM,
  launchBrowser,
  nodePosition,
  saveScreenshot,
  startServer,
  waitForGraph,
  type TestServer,
} from './helpers.js';

describe.skipIf(!HAS_CHROMIUM)('explorer (phone, 390 px)', () => {
  let server: TestServer;
  let browser: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await startServer(await buildClient());
    browser = await launchBrowser({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    page = await browser.newPage();
    errors = collectErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const noSidewaysOverflow = () =>
    page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth);

  it('should fit the screen width with every sheet', async () => {
    await page.goto(server.url);
    await waitForGraph(page);
    expect(await noSidewaysOverflow()).toBe(true);
    await saveScreenshot(page, 'phone');
    for (const tab of ['Paths', 'Essay', 'Legend', 'Details']) {
      await page.locator('.bottom-nav').getByRole('tab', { name: tab }).tap();
      await page.waitForTimeout(350);
      expect(await noSidewaysOverflow()).toBe(true);
    }
  });

  it('should select a node with a tap and show it in a sheet', async () => {
    await page.goto(server.url);
    await waitForGraph(page);
    await page.waitForTimeout(300);
    const at = await nodePosition(page, 'china');
    await page.touchscreen.tap(at.x, at.y);
    await page.locator('#details-title', { hasText: 'China' }).waitFor();
    await expect
      .poll(() => page.locator('#panel').evaluate((el) => getComputedStyle(el).visibility))
      .toBe('visible');
    await page.waitForTimeout(400);
    expect(await noSidewaysOverflow()).toBe(true);
    await saveScreenshot(page, 'phone-details');
    expect(errors).toEqual([]);
  });
});
