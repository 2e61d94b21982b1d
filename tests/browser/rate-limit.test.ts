// Is RATE_LIMIT's default enough for one person browsing fast, typing in search included? Counted in Chromium.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { loadEssay } from '../../graph/essay.js';
import { createApp } from '../../server/app.js';
import { readConfig } from '../../server/config.js';
import { fixedEssay } from '../../server/essay-source.js';
import { buildClient, CORPUS, HAS_CHROMIUM, launchBrowser, waitForGraph } from './helpers.js';

const { RATE_LIMIT } = readConfig({});
/** A very fast typist: 40 ms a key, 1,500 keys a minute. */
const KEY_DELAY_MS = 40;

async function search(page: Page, field: string, text: string, option: RegExp): Promise<void> {
  await page.locator(field).fill('');
  await page.locator(field).pressSequentially(text, { delay: KEY_DELAY_MS });
  await page.getByRole('option', { name: option }).first().waitFor();
  await page.locator(field).press('Enter');
}

describe.skipIf(!HAS_CHROMIUM)('the default rate limit against one person browsing fast', () => {
  let server: Server;
  let url: string;
  let browser: BrowserContext;

  beforeAll(async () => {
    const app = createApp({
      source: fixedEssay(await loadEssay(CORPUS)),
      clientDir: await buildClient(),
      rateLimit: { limit: RATE_LIMIT, windowMs: 60_000 },
    });
    server = await new Promise((done) => {
      const s = app.listen(0, '127.0.0.1', () => done(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.closeAllConnections();
    server?.close();
  });

  it('should stay well under the limit: searches typed fast, entities opened, paths asked', async () => {
    const page = await browser.newPage();
    const calls: { url: string; status: number }[] = [];
    page.on('response', (res) => {
      if (new URL(res.url()).pathname.startsWith('/api/'))
        calls.push({ url: res.url(), status: res.status() });
    });
    const started = Date.now();
    await page.goto(url);
    await waitForGraph(page);
    for (const [text, option] of [
      ['khrushchev', /Khrushchev/],
      ['mao zedong', /Mao Zedong/],
      ['richard nixon', /Nixon/],
      ['vladimir putin', /Putin/],
    ] as const) {
      await search(page, '#search', text, option);
      await page.locator('#details-title').waitFor();
    }
    await page.getByRole('tab', { name: 'Paths' }).first().click();
    for (const [from, to] of [
      ['mao', /Putin/],
      ['nixon', /Khrushchev/],
    ] as const) {
      await search(page, '#path-from', from, /./);
      await search(page, '#path-to', to.source.toLowerCase(), to);
      await page.getByRole('button', { name: 'Find paths' }).click();
      await page.locator('.path-list > li').first().waitFor();
    }
    const minutes = (Date.now() - started) / 60_000;
    const perMinute = Math.round(calls.length / minutes);
    console.info(
      `rate limit: ${calls.length} API calls in ${(minutes * 60).toFixed(1)} s of fast browsing = ${perMinute}/min (limit ${RATE_LIMIT})`,
    );
    expect(calls.filter((c) => c.status === 429)).toEqual([]);
    expect(perMinute).toBeLessThan(RATE_LIMIT / 2);
    await page.close();
  }, 120_000); // Ten seconds of browsing alone; several times that on a machine shared with other test files.
});
