// Markup and script in every field of a corpus (tests/fixtures/hostile), through every door a browser opens: the
// explorer (search, panels, paths, reader, Embed and Download), the embed, and the graph.html export from file://.
// Nothing may execute, everything must read as text, no `javascript:` URL may become a link.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dialog } from 'playwright-core';
import { explorerSession, HAS_CHROMIUM } from './helpers.js';

const MALLORY = 'Mallory <img src=x onerror=alert(1)>';
const PATH = 'from=mallory&to=javascript-url';

/**
 * The fixture, plus a `url:` header with markup in it (the reader's "Original article" link), in a copy: the
 * shared fixture is not edited. (A `javascript:` url is refused at load: tests/graph/corpus/essay-file.test.ts.)
 */
function hostileCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'essay-hostile-'));
  cpSync(resolve(import.meta.dirname, '../fixtures/hostile'), dir, { recursive: true });
  const essay = join(dir, 'essay.txt');
  const text = readFileSync(essay, 'utf8');
  writeFileSync(
    essay,
    text.replace('\n---\n', '\nurl: https://example.org/a"><img src=x onerror=alert(6)>\n---\n'),
  );
  return dir;
}

/** Runs before any page script, in every frame: a payload that calls alert() flips the flag (and opens a dialog). */
const TRAP = `
  window.__pwned = false;
  const alertOf = window.alert.bind(window);
  window.alert = (...args) => { window.__pwned = true; return alertOf(...args); };
`;

interface Findings {
  pwned: boolean;
  injectedImages: number;
  scriptLinks: string[];
}

describe.skipIf(!HAS_CHROMIUM)('hostile content in the browser', () => {
  const session = explorerSession({ corpus: hostileCorpus(), initScript: TRAP });
  const dialogs: string[] = [];

  beforeAll(() => {
    session.page.on('dialog', (dialog: Dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
  });

  /** Every frame of the page: no trap sprung, no <img src=x> made from text, no link to a javascript: URL. */
  const findings = async (): Promise<Findings[]> =>
    Promise.all(
      session.page.frames().map((frame) =>
        frame
          .evaluate(() => ({
            pwned: (window as unknown as { __pwned?: boolean }).__pwned === true,
            injectedImages: document.querySelectorAll('img[src="x"]').length,
            scriptLinks: [...document.querySelectorAll<HTMLElement>('[href], [src], [action]')]
              .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
              .filter((url) => /^\s*javascript:/i.test(url)),
          }))
          // A frame that navigated away meanwhile has nothing left to check.
          .catch(() => ({ pwned: false, injectedImages: 0, scriptLinks: [] })),
      ),
    );

  const expectSafe = async () => {
    for (const f of await findings())
      expect(f).toEqual({ pwned: false, injectedImages: 0, scriptLinks: [] });
    expect(dialogs).toEqual([]);
  };

  const text = (selector: string) => session.page.locator(selector).first().textContent();

  it('should show the essay and its author as text in the explorer', async () => {
    await session.open();
    // The title as the header gives it, as text.
    await expect
      .poll(() => text('.welcome-title'))
      .toBe('<script>alert("title")</script> & friends');
    expect(await text('.welcome .byline')).toBe(`by ${MALLORY}`);
    expect(await session.page.title()).toMatch(/^<script>alert\("title"\)<\/script> & friends/i);
    expect(
      await session.page.locator('script:not([src]):not([type="application/json"])').count(),
    ).toBe(0);
    await expectSafe();
  });

  it('should find, select and describe an entity named with markup', async () => {
    await session.open();
    await session.page.locator('#search').fill('mallory');
    await session.page.getByRole('option', { name: /Mallory/ }).waitFor();
    await session.page.locator('#search').press('Enter');
    await session.page.locator('#details-title').waitFor();
    expect(await text('#details-title')).toBe(MALLORY);
    expect(await text('#tab-details .description')).toBe(
      "An author whose name is an XSS payload <script>alert('desc')</script>.",
    );
    expect(await session.page.locator('#tab-details .quote').count()).toBeGreaterThan(0);
    await expectSafe();
  });

  it('should open a relation with a note and a quote full of markup', async () => {
    await session.open(`/?edge=${encodeURIComponent('mallory.denounced.bold-league')}`);
    await session.page.locator('#details-title').waitFor();
    expect(await text('#details-title')).toBe(`${MALLORY} has denounced The <b>Bold</b> League`);
    expect(await text('#tab-details .note')).toBe('<img src=x onerror=alert(5)> in a note');
    // Shown with its sentence start restored, as text; the verbatim words stay on the quote.
    expect(await text('#tab-details .quote mark')).toBe('Can markup <b>escape</b> its quotes?');
    expect(await session.page.locator('#tab-details .quote').getAttribute('data-verbatim')).toBe(
      'can markup <b>escape</b> its quotes?',
    );
    await expectSafe();
  });

  it('should answer a path between them, hop by hop, as text', async () => {
    await session.open(`/?${PATH}`);
    const first = session.page.locator('.path-list > li').first();
    await first.waitFor();
    expect(await first.locator('.path-summary').textContent()).toBe(
      `${MALLORY} → The <b>Bold</b> League → The </script> State → javascript:alert(2)`,
    );
    expect(await first.locator('.hop .entity-link').allTextContents()).toContain(
      'javascript:alert(2)',
    );
    await expectSafe();
  });

  it('should show the essay in the reader as text, with no javascript: link', async () => {
    await session.open();
    const reader = session.page.locator('#reader-body');
    expect(await reader.textContent()).toContain('see <a href="javascript:alert(3)">here</a>.');
    // The header's url was parsed at load: the link is its percent-encoded form, the markup inert.
    const hrefs = await reader
      .locator('.source a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['https://example.org/a%22%3E%3Cimg%20src=x%20onerror=alert(6)%3E']);
    await reader.locator('a.mention[data-node="mallory"]').first().click();
    await session.page.locator('#details-title', { hasText: 'Mallory' }).waitFor();
    await expectSafe();
  });

  it('should escape the Embed code and draw its preview safely', async () => {
    await session.open(`/?${PATH}`);
    await session.page.locator('.path-list > li').first().waitFor();
    await session.page.getByRole('button', { name: 'Embed' }).click();
    const code = await session.page.locator('#embed-code').inputValue();
    expect(code).toContain(
      'title="Mallory &lt;img src=x onerror=alert(1)&gt; → javascript:alert(2) (essay graph)"',
    );
    expect(code).not.toMatch(/<(img|b|script)\b/);
    await session.page
      .frameLocator('#embed-preview')
      .locator('body[data-ready="true"]')
      .waitFor({ timeout: 20_000 });
    await expectSafe();
    await session.page.keyboard.press('Escape');
    await session.page.getByRole('button', { name: 'Download' }).click();
    expect(await session.page.getByRole('menuitem').count()).toBe(10);
    await session.page.keyboard.press('Escape');
    await expectSafe();
  });

  it('should show the path, the attribution and a card as text in the embed', async () => {
    await session.page.goto(`${session.server.url}/embed?${PATH}`);
    await session.page.locator('body[data-ready="true"]').waitFor({ timeout: 20_000 });
    expect(await text('#embed-title')).toBe(`${MALLORY} → javascript:alert(2)`);
    expect(await text('#embed-attribution')).toBe(
      `From “<script>alert("title")</script> & friends” by ${MALLORY}, The "Hostile" Times </script>`,
    );
    const hops = session.page.locator('.embed-hop');
    expect(await hops.count()).toBe(3);
    expect(await hops.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('“can markup <b>escape</b> its quotes?”')]),
    );
    await hops.first().locator('.entity-name').first().click();
    expect(await text('#embed-card .card-title')).toBe(MALLORY);
    await expectSafe();
  });

  it('should show the graph.html export, opened from a file, as text', async () => {
    for (const query of [PATH, '']) {
      const res = await session.page.request.get(
        `${session.server.url}/api/export/graph.html?${query}`,
      );
      expect(res.status()).toBe(200);
      const file = join(mkdtempSync(join(tmpdir(), 'essay-hostile-html-')), 'graph.html');
      writeFileSync(file, await res.body());
      await session.page.goto(pathToFileURL(file).href);
      await session.page.locator('svg [data-node]').first().waitFor();
      expect(await session.page.title()).toContain('<script>alert("title")</script>');
      // Every entity and relation the viewer can show, shown in turn.
      for (const selector of ['[data-node]', '[data-edge]']) {
        const items = session.page.locator(`svg ${selector}`);
        for (let i = 0; i < (await items.count()); i++) {
          await items.nth(i).dispatchEvent('click');
          await expectSafe();
        }
      }
      await session.page.locator(`svg [data-node="mallory"]`).first().dispatchEvent('click');
      expect(await session.page.locator('#details').textContent()).toContain(MALLORY);
      expect(await session.page.locator('body').textContent()).toContain(MALLORY);
    }
  });
});
