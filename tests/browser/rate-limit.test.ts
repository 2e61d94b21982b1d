// Is RATE_LIMIT's default enough for one person browsing fast, typing in search included? Counted in Chromium.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readConfig } from '../../server/config.js';
import { explorerSession, HAS_CHROMIUM } from './helpers.js';

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
  // The limit as served by default, and nothing else (no development datasets).
  const session = explorerSession({
    app: { rateLimit: { limit: RATE_LIMIT, windowMs: 60_000 } },
    page: false,
    timeout: 120_000,
  });

  it('should stay well under the limit: searches typed fast, entities opened, paths asked', async () => {
    const page = await session.browser.newPage();
    const calls: { url: string; status: number }[] = [];
    page.on('response', (res) => {
      if (new URL(res.url()).pathname.startsWith('/api/'))
        calls.push({ url: res.url(), status: res.status() });
    });
    const started = Date.now();
    await session.open('/', page);
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
