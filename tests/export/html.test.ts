import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlContentSecurityPolicy, renderHtml } from '../../export/html.js';
import { HAS_CHROMIUM, launchBrowser } from '../helpers/chromium.js';
import { MINI_PATH, miniView, TRICKY_TEXT, trickyView } from './views.js';

/** An origin nothing answers on: the page is served from memory, every other request is aborted. */
const PAGE_URL = 'http://export.invalid/graph.html';

const html = renderHtml(await miniView(MINI_PATH));

describe('graph.html (static)', () => {
  it('should reference nothing outside itself', () => {
    expect(html).not.toMatch(/\b(src|href)=/);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('should forbid every load in its own policy and allow only its script and style, by hash', () => {
    const policy = htmlContentSecurityPolicy();
    expect(policy).toContain("default-src 'none'");
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(html).toContain(`content="${policy}"`);
  });

  it('should keep inline data from closing its script element', () => {
    const tricky = renderHtml(trickyView());
    const data = tricky.match(
      /<script type="application\/json" id="essay-graph-data">(.*?)<\/script>/s,
    )![1]!;
    expect(data).not.toContain('<');
    expect(JSON.stringify(JSON.parse(data))).toContain(JSON.stringify(TRICKY_TEXT));
  });
});

describe.skipIf(!HAS_CHROMIUM)('graph.html in headless Chromium, offline', () => {
  let context: BrowserContext;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    context = await launchBrowser({ viewport: { width: 1400, height: 900 } });
  });
  afterAll(async () => {
    await context?.close();
  });

  it('should open with no network and draw the view, its viewer running under its own policy', async () => {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.route('**', (route) => {
      const url = route.request().url();
      if (url === PAGE_URL) return route.fulfill({ body: html, contentType: 'text/html' });
      requests.push(url);
      return route.abort();
    });
    await page.goto(PAGE_URL);
    await page.waitForSelector('html[data-viewer="ready"]');

    const drawn = await page.$$eval('#viewer svg circle[data-node]', (circles) =>
      circles.map((c) => {
        const r = c.getBoundingClientRect();
        return { id: c.getAttribute('data-node'), w: r.width };
      }),
    );
    // A path view draws its path's three entities and nothing else.
    expect(drawn.map((n) => n.id)).toEqual(['mao-zedong', 'nikita-khrushchev', 'joseph-stalin']);
    for (const node of drawn) expect(node.w).toBeGreaterThan(0);

    await page.hover('[data-node="nikita-khrushchev"]');
    await expect
      .poll(() => page.textContent('#details'))
      .toContain('“Soviet leader Nikita Khrushchev denounced Joseph Stalin” — sentence 3');
    expect(html).toContain('Capitals restored for reading');

    const before = await page.getAttribute('#viewer svg', 'viewBox');
    await page.click('#zoom-in');
    expect(await page.getAttribute('#viewer svg', 'viewBox')).not.toBe(before);

    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });
});
