// Issue 10's ten-task walkthrough: what an analyst preparing a report does in the explorer, one test per task.
import { EXPLORER_PARAMS } from '../../contract/params.js';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { loadEssay } from '../../graph/essay.js';
import { compareYears, YEAR_CHANGES } from '../../graph/query/compare-years.js';
import { CORPUS, explorerSession, HAS_CHROMIUM } from './helpers.js';
import {
  hideConceptsAndNonFacts,
  pickEntity,
  shownPathState,
  tapFindPaths,
  tapFirstQuoteSource,
  wholeOnScreen,
} from './ui.js';
import { DRAWN_LAYOUT } from '../../export/drawn-graph.js';

type Endpoint = readonly [typed: string, option: RegExp];
const MAO: Endpoint = ['mao', /Mao Zedong/];
const TRUMP: Endpoint = ['trump', /Donald Trump/];

describe.skipIf(!HAS_CHROMIUM)('the ten-task walkthrough', () => {
  const session = explorerSession({ phone: true });
  const { open } = session;

  const searchAndSelect = async (typed: string, name: RegExp) => {
    await session.page.locator('#search').fill(typed);
    await session.page.getByRole('option', { name }).first().waitFor();
    await session.page.locator('#search').press('Enter');
    await session.page.locator('#details-title', { hasText: name }).waitFor();
  };

  /** Asks a path through the form, as a person would, and waits for its list. */
  const askPath = async (from: Endpoint, to: Endpoint) => {
    await session.page.getByRole('tab', { name: 'Paths' }).first().click();
    await pickEntity(session.page, '#path-from', ...from);
    await pickEntity(session.page, '#path-to', ...to);
    await session.page.getByRole('button', { name: 'Find paths' }).click();
    await session.page.locator('.path-list > li').first().waitFor();
  };

  const activePath = () => session.page.locator('.path-list > li.active');
  const summary = async (path: Locator) => (await path.locator('.path-summary').textContent())!;

  /** Every hop of a path (in the explorer or the embed) shows its own quote, the words marked. */
  const expectEveryHopQuoted = async (hops: Locator) => {
    expect(await hops.count()).toBeGreaterThan(0);
    for (const hop of await hops.all()) {
      expect(await hop.locator('> .quote mark').count()).toBeGreaterThan(0);
      expect((await hop.locator('> .quote').textContent())!.length).toBeGreaterThan(20);
    }
  };

  /** Chooses an item of the Download menu and reads the file the browser saves. */
  const download = async (item: RegExp): Promise<Buffer> => {
    await session.page.getByRole('button', { name: 'Download' }).click();
    const saved = session.page.waitForEvent('download');
    await session.page.getByRole('menuitem', { name: item }).click();
    return readFile((await (await saved).path())!);
  };

  it('1. finds a relation: Khrushchev → Stalin, with its quote and who asserts it', async () => {
    await open();
    await searchAndSelect('Khrushchev', /Nikita Khrushchev/);
    const relation = session.page.locator('#tab-details .relation-list li', {
      has: session.page.locator('.relation-head .entity-link', { hasText: 'Joseph Stalin' }),
    });
    expect(await relation.count()).toBe(1);
    await relation.getByRole('link', { name: 'Open the relation with Joseph Stalin' }).click();
    const title = session.page.locator('#details-title.edge-title');
    await title.waitFor();
    expect(await title.textContent()).toBe('Nikita Khrushchev denounced Joseph Stalin');
    expect(await session.page.locator('#tab-details .quote mark').first().textContent()).toContain(
      'Nikita Khrushchev denounced Joseph Stalin',
    );
    expect(await session.page.locator('#tab-details .asserted').textContent()).toBe(
      'Asserted by Adam Zivo',
    );
  });

  it('2. finds a path from China to "the war in ukraine", every hop quoted', async () => {
    await open();
    await askPath(['China', /^China/], ['the war in ukraine', /Russo-Ukrainian War/]);
    expect(await session.page.locator('#results-title').textContent()).toMatch(
      /^China → Russo-Ukrainian War\d+ paths?$/,
    );
    for (const path of await session.page.locator('.path-list > li').all()) {
      expect(await summary(path)).toMatch(/^China → (.+ → )?Russo-Ukrainian War$/);
      await expectEveryHopQuoted(path.locator('.chain > .hop'));
    }
  });

  it('3. compares 1969 with 2025: what began, ended and held', async () => {
    const { graph } = await loadEssay(CORPUS, { layout: DRAWN_LAYOUT });
    const expected = compareYears(graph, 1969, 2025);
    await open();
    await session.page.getByRole('button', { name: 'Compare years' }).click();
    const card = session.page.locator('#year-compare');
    await card.waitFor();
    for (const [field, year] of [
      ['#compare-from', '1969'],
      ['#compare-to', '2025'],
    ] as const) {
      await session.page.locator(field).fill(year);
      await session.page.locator(field).press('Enter');
    }
    await expect
      .poll(() => new URL(session.page.url()).searchParams.get('compare'))
      .toBe('1969,2025');
    for (const { change, label } of YEAR_CHANGES) {
      const group = card.locator(`.compare-group.${change}`);
      expect(await group.locator('.compare-label').textContent()).toBe(label);
      expect(Number(await group.locator('.compare-count').textContent())).toBe(
        expected[change].length,
      );
      await group.locator('summary').click();
      await expect
        .poll(() => group.locator('.compare-relation').count())
        .toBe(expected[change].length);
    }
    expect(await card.locator('.ended').textContent()).toContain(
      'China is hostile to Soviet Union',
    );
    expect(await card.locator('.began').textContent()).toContain('Russia is allied with China');
  });

  it("4. lists Ali Wyne's claims, each with its quote", async () => {
    await open();
    await session.page.getByRole('button', { name: 'Claims' }).click();
    const dialog = session.page.getByRole('dialog', { name: 'Claims by speaker' });
    await dialog.waitFor();
    const option = (await dialog.locator('option', { hasText: 'Ali Wyne' }).textContent())!;
    const count = Number(option.match(/^Ali Wyne \((\d+)\)$/)![1]);
    expect(count).toBeGreaterThan(0);
    await dialog.getByLabel('Speaker').selectOption({ label: option });
    const groups = dialog.locator('.speaker-group');
    await expect.poll(() => groups.count()).toBe(1);
    expect(await groups.locator('h3').textContent()).toBe(option);
    const claims = groups.locator('.claim');
    expect(await claims.count()).toBe(count);
    for (const claim of await claims.all()) {
      expect(await claim.locator('.hop-line').textContent()).toMatch(/\S+ .+ \S+/);
      expect(await claim.locator('.quote mark').count()).toBeGreaterThan(0);
      expect(await claim.locator('.quote').first().textContent()).toContain('Ali Wyne');
    }
  });

  it('5. asks Mao → Trump under the legend: concepts hidden, facts only', async () => {
    await open();
    await hideConceptsAndNonFacts(session.page);
    await askPath(MAO, TRUMP);
    expect(await session.page.locator('#path-conditions').textContent()).toMatch(
      /avoiding concepts.*facts only/,
    );
    const paths = await shownPathState(session.page);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path.inner).not.toContain('concept');
      expect(path.modalities.filter((m) => m !== 'fact')).toEqual([]);
    }
    // The list says so too: no hop carries a claim, hypothetical or question badge.
    expect(await session.page.locator('.chain > .hop > .badges .modality').count()).toBe(0);
  });

  it('6. reopens a copied link on the same path list and selection', async () => {
    await session.browser.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: session.server.url,
    });
    await open();
    await askPath(MAO, TRUMP);
    const second = session.page.locator('.path-list > li').nth(1);
    await second.locator('.path-head').click();
    await expect.poll(() => second.getAttribute('class')).toContain('active');
    const routes = await session.page.locator('.path-list .path-summary').allTextContents();
    const chosen = (await second.locator('.chain .entity-link').nth(1).textContent())!;
    await second.locator('.chain .entity-link').nth(1).click();
    await session.page.locator('#details-title', { hasText: chosen }).waitFor();
    await session.page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => session.page.locator('#toast').textContent()).toMatch(/^Link copied/);
    const link = await session.page.evaluate(() => navigator.clipboard.readText());
    // The view, not the camera: under load a late camera move (see the closing note of issue 13) may follow the
    // copy, and the step is about the path list and the selection, which the reopened page checks below.
    const withoutCamera = (url: string) => {
      const parsed = new URL(url);
      parsed.searchParams.delete(EXPLORER_PARAMS.cam.name);
      return parsed.href;
    };
    expect(withoutCamera(link)).toBe(withoutCamera(session.page.url()));

    const reopened = await session.browser.newPage();
    await open(link.slice(session.server.url.length), reopened);
    expect(await reopened.locator('#details-title').textContent()).toBe(chosen);
    await reopened.getByRole('tab', { name: 'Paths' }).first().click();
    await reopened.locator('.path-list > li').first().waitFor();
    expect(await reopened.locator('.path-list .path-summary').allTextContents()).toEqual(routes);
    expect(await reopened.locator('.path-list > li.active').getAttribute('data-path')).toBe('1');
    await reopened.close();
  });

  it('7. embeds the path: the iframe code’s page lists the hops with quotes', async () => {
    await open();
    await askPath(MAO, ['stalinization', /De-Stalinization/]);
    const route = await summary(activePath());
    const hops = await activePath().locator('.chain > .hop').count();
    await session.page.getByRole('button', { name: 'Embed' }).click();
    await session.page.getByRole('dialog', { name: 'Embed this view' }).waitFor();
    const code = await session.page.locator('#embed-code').inputValue();
    expect(code).toMatch(/^<iframe src="[^"]+"/);
    const src = code.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&');
    await session.page.keyboard.press('Escape');

    const embed = await session.browser.newPage();
    await embed.goto(src);
    await embed.locator('body[data-ready="true"]').waitFor({ timeout: 20_000 });
    expect(await embed.locator('#embed-title').textContent()).toBe(route);
    expect(await embed.locator('.embed-hop').count()).toBe(hops);
    await expectEveryHopQuoted(embed.locator('.embed-hop'));
    await embed.close();
  });

  it('8. downloads the path as an SVG naming its entities and as a real PNG', async () => {
    await open();
    await askPath(MAO, TRUMP);
    const route = (await summary(activePath())).split(' → ');
    const svg = (await download(/SVG drawing/)).toString('utf8');
    expect(svg).toMatch(/^<\?xml|^<svg/);
    const drawn = [...svg.matchAll(/<circle data-node="[^"]+"[^>]*><title>([^<]+)<\/title>/g)];
    expect(drawn.map((m) => m[1]).sort()).toEqual([...route].sort());
    const png = await download(/PNG image/);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    expect(png.length).toBeGreaterThan(20_000);
    expect(png.readUInt32BE(16)).toBeGreaterThan(600); // IHDR width
    expect(session.errors).toEqual([]);
  });

  it('9. on a phone: search, Details, a path from there, its evidence; every tab stays open', async () => {
    const tap = await session.phone.newPage();
    const sheetOpen = (selector: string) =>
      tap.locator(selector).evaluate((el) => {
        const box = el.getBoundingClientRect();
        return getComputedStyle(el).visibility === 'visible' && box.top < window.innerHeight - 100;
      });
    const tabStaysOpen = async (tab: string, sheet: string) => {
      await tap.locator('.bottom-nav').getByRole('tab', { name: tab }).tap();
      await expect.poll(() => sheetOpen(sheet)).toBe(true);
      // Still open a moment later: nothing further up the page undid the tap.
      await expect
        .poll(() => tap.evaluate(() => document.body.dataset.sheet), { timeout: 1_000 })
        .toBe('open');
      expect(await sheetOpen(sheet)).toBe(true);
    };
    await open('/', tap);
    await tap.locator('#search').tap();
    await tap.locator('#search').fill('xi');
    await tap
      .getByRole('option', { name: /Xi Jinping/ })
      .first()
      .tap();
    await tap.locator('#details-title', { hasText: 'Xi Jinping' }).waitFor();
    await expect.poll(() => sheetOpen('#panel')).toBe(true);
    // Put away to look at the graph, then brought back with the Details tab.
    await tap.getByRole('button', { name: 'Close the panel' }).tap();
    await expect.poll(() => tap.evaluate(() => document.body.dataset.sheet)).toBe('closed');
    await tabStaysOpen('Details', '#panel');
    expect(await tap.locator('#details-title').isVisible()).toBe(true);

    await tap.getByRole('button', { name: 'Path from here' }).tap();
    await expect.poll(() => tap.evaluate(() => document.activeElement?.id)).toBe('path-to');
    await tap.locator('#path-to').fill('trump');
    await tap.getByRole('option', { name: TRUMP[1] }).first().tap();
    const first = await tapFindPaths(tap);
    expect(await first.locator('.path-summary').textContent()).toMatch(
      /^Xi Jinping → (.+ → )?Donald Trump$/,
    );
    expect(await sheetOpen('#panel')).toBe(true);

    const sentence = await tapFirstQuoteSource(first);
    await expect.poll(() => sheetOpen('#reader')).toBe(true);
    await expect.poll(() => wholeOnScreen(sentence)).toBe(true);
    for (const [tab, sheet] of [
      ['Legend', '#legend'],
      ['Essay', '#reader'],
      ['Paths', '#panel'],
      ['Details', '#panel'],
    ] as const)
      await tabStaysOpen(tab, sheet);
    await tap.close();
  });

  it('10. asks a path and reaches its first quote with the keyboard alone', async () => {
    await open();
    const focused = () =>
      session.page.evaluate(() => {
        const at = document.activeElement;
        return at === null || at === document.body ? 'body' : at.id || at.className;
      });
    const press = async (key: string) => {
      await session.page.keyboard.press(key);
      expect(await focused()).not.toBe('body');
    };
    /** Tabs on until `done` holds for the focused element (at most `limit` presses). */
    const tabUntil = async (done: string, limit = 40) => {
      const reached = () => session.page.evaluate((s) => document.activeElement!.matches(s), done);
      for (let i = 0; i < limit && !(await reached()); i++) await press('Tab');
      expect(await reached()).toBe(true);
    };
    const choose = async (field: string, typed: string, option: RegExp) => {
      await tabUntil(field);
      await session.page.keyboard.type(typed);
      await session.page.getByRole('option', { name: option }).first().waitFor();
      await press('ArrowDown');
      await press('Enter');
      expect(await session.page.locator(field).inputValue()).toMatch(option);
    };
    await tabUntil('#tab-btn-details');
    await press('ArrowRight');
    expect(await session.page.locator('#tab-btn-paths').getAttribute('aria-selected')).toBe('true');
    await choose('#path-from', ...MAO);
    await choose('#path-to', ...TRUMP);
    await press('Enter');
    await session.page.locator('.path-list > li').first().waitFor();
    expect(await focused()).not.toBe('body');
    const quote = '.path-list > li:first-child .chain > .hop:first-child > .quote';
    await tabUntil(`${quote} .quote-source`);
    const sentence = await session.page
      .locator(`${quote} .quote-source`)
      .getAttribute('data-sentence');
    await press('Enter');
    await expect.poll(() => session.page.locator(`#sentence-${sentence}`).isVisible()).toBe(true);
    // Escape puts the path away; the keyboard stays on a control of the page.
    await press('Escape');
    await expect.poll(() => session.page.locator('.path-list > li').count()).toBe(0);
    expect(await focused()).not.toBe('body');
  });
});
