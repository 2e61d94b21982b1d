// The explorer on a 390 px phone, task by task: every tab opens its sheet and keeps it open; search, path, evidence.
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

  /** The sheet a tab opens (the legend and the essay have their own; details and paths share the panel). */
  const SHEETS: Record<string, string> = {
    Details: '#panel',
    Paths: '#panel',
    Essay: '#reader',
    Legend: '#legend',
  };
  const sheetVisible = (selector: string) =>
    page.locator(selector).evaluate((el) => {
      const box = el.getBoundingClientRect();
      return getComputedStyle(el).visibility === 'visible' && box.top < window.innerHeight - 100;
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

  it('should open every tab and keep its sheet open', async () => {
    await page.goto(server.url);
    await waitForGraph(page);
    for (const tab of ['Paths', 'Essay', 'Legend', 'Details']) {
      await page.locator('.bottom-nav').getByRole('tab', { name: tab }).tap();
      await expect.poll(() => sheetVisible(SHEETS[tab]!)).toBe(true);
      expect(await page.evaluate(() => document.body.dataset.sheet)).toBe('open');
      expect(await page.evaluate(() => document.body.dataset.tab)).toBe(
        tab === 'Essay' ? 'reader' : tab.toLowerCase(),
      );
      // It stays open: the tap is not undone by a second handler further up the page.
      await expect
        .poll(() => page.evaluate(() => document.body.dataset.sheet), { timeout: 1_000 })
        .toBe('open');
      expect(await sheetVisible(SHEETS[tab]!)).toBe(true);
    }
  });

  it('should search, find a path from there and read its evidence in the essay', async () => {
    await page.goto(server.url);
    await waitForGraph(page);
    await page.locator('#search').tap();
    await page.locator('#search').fill('krushch');
    await page
      .getByRole('option', { name: /Khrushchev/ })
      .first()
      .tap();
    await page.locator('#details-title', { hasText: 'Nikita Khrushchev' }).waitFor();
    await expect.poll(() => sheetVisible('#panel')).toBe(true);

    await page.getByRole('button', { name: 'Path from here' }).tap();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('path-to');
    expect(await sheetVisible('#panel')).toBe(true);
    await page.locator('#path-to').fill('putin');
    await page
      .getByRole('option', { name: /Vladimir Putin/ })
      .first()
      .tap();
    await page.getByRole('button', { name: 'Find paths' }).tap();
    const first = page.locator('.path-list > li').first();
    await first.waitFor();
    expect(await first.locator('.path-summary').textContent()).toMatch(
      /^Nikita Khrushchev → .* → Vladimir Putin$/,
    );
    expect(await sheetVisible('#panel')).toBe(true);

    // The evidence: a hop's quote leads to its sentence, shown in the essay's sheet.
    const source = first.locator('.quote-source').first();
    const sentence = await source.getAttribute('data-sentence');
    await source.scrollIntoViewIfNeeded();
    await source.tap();
    await expect.poll(() => sheetVisible('#reader')).toBe(true);
    const onScreen = () =>
      page.locator(`#sentence-${sentence}`).evaluate((el) => {
        const box = el.getBoundingClientRect();
        return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
      });
    await expect.poll(onScreen).toBe(true);
    expect(await noSidewaysOverflow()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('should compare two years on a phone and read what began', async () => {
    await page.goto(server.url);
    await waitForGraph(page);
    await page.getByRole('button', { name: 'Compare years' }).tap();
    const card = page.locator('#year-compare');
    await card.waitFor();
    await card.locator('.began summary').tap();
    const first = card.locator('.began .compare-relation').first();
    await first.waitFor();
    expect(await noSidewaysOverflow()).toBe(true);
    await saveScreenshot(page, 'phone-year-compare');
    const edge = await first.getAttribute('data-edge');
    await first.tap();
    await expect.poll(() => new URL(page.url()).searchParams.get('edge')).toBe(edge);
    await expect.poll(() => sheetVisible('#panel')).toBe(true);
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
