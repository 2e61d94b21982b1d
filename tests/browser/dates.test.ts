// In Chromium: a date the essay does not give is shown as such, with its source; hops and counts read as English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  buildClient,
  HAS_CHROMIUM,
  launchBrowser,
  startServer,
  waitForGraph,
  type TestServer,
} from './helpers.js';

describe.skipIf(!HAS_CHROMIUM)('dates and wording in the explorer', () => {
  let server: TestServer;
  let browser: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startServer(await buildClient());
    browser = await launchBrowser();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('should mark a tenure date as not in the essay and give its source', async () => {
    await page.goto(
      `${server.url}/?edge=${encodeURIComponent('nikita-khrushchev.leads.soviet-union')}`,
    );
    await waitForGraph(page);
    const title = page.locator('#details-title');
    await title.waitFor();
    expect(await title.textContent()).toBe('Nikita Khrushchev led the Soviet Union');
    const provenance = page.locator('#tab-details .badge.provenance');
    expect(await provenance.textContent()).toBe('by the holder’s tenure, not in the essay');
    expect(await page.locator('#tab-details .date-source').textContent()).toContain(
      'until his ouster in October 1964',
    );
  });

  it('should state a hop travelled backwards with its real subject first', async () => {
    await page.goto(`${server.url}/?from=russia&to=united-states`);
    await waitForGraph(page);
    const hop = page.locator('.path-list .hop-line').first();
    await hop.waitFor();
    expect(await hop.textContent()).toBe('The United States is drawing closer to Russia');
  });

  it('should count one mention as one sentence, not "1 sentences"', async () => {
    await page.goto(server.url);
    await waitForGraph(page);
    await page.locator('#search').fill('saivetz');
    await page
      .getByRole('option', { name: /Carol Saivetz/ })
      .first()
      .waitFor();
    await page.locator('#search').press('Enter');
    const heading = page.locator('#tab-details .mentions .section-title');
    await heading.waitFor();
    expect(await heading.textContent()).toBe('Mentioned in 1 sentence');
  });
});
