// The one-line query box's help in headless Chromium: what it shows parses, and its example runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { parsePathQuery } from '../../graph/query/syntax.js';
import {
  buildClient,
  HAS_CHROMIUM,
  launchBrowser,
  startServer,
  waitForGraph,
  type TestServer,
} from './helpers.js';

describe.skipIf(!HAS_CHROMIUM)('one-line query help', () => {
  let server: TestServer;
  let browser: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startServer(await buildClient());
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.goto(server.url);
    await waitForGraph(page);
    await page.getByRole('tab', { name: 'Paths' }).first().click();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('should show only what the parser accepts', async () => {
    const shown = await page.locator('#query-line-help code').allTextContents();
    expect(shown.length).toBeGreaterThan(1);
    for (const text of shown) {
      // A whole query is parsed as it is; an option, after two entities.
      const line = text.includes('->') ? text : `mao -> stalin ${text}`;
      expect(() => parsePathQuery(line), text).not.toThrow();
    }
  });

  it('should answer its example when it is typed into the query box', async () => {
    const example = await page.locator('#query-line-help code', { hasText: '->' }).textContent();
    await page.locator('#query-line').fill(example!);
    await page.locator('#query-line').press('Enter');
    await page.locator('.path-list > li').first().waitFor();
    expect(await page.locator('#path-problem').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe(example);
  });
});
