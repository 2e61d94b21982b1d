// The explorer on a 390 px phone, task by task: every tab opens its sheet and keeps it open; search, path, evidence.
import { describe, expect, it } from 'vitest';
import { explorerSession, HAS_CHROMIUM, nodePosition, PHONE, saveScreenshot } from './helpers.js';
import {
  animationsDone,
  cameraSettled,
  tapFindPaths,
  tapFirstQuoteSource,
  wholeOnScreen,
} from './ui.js';

describe.skipIf(!HAS_CHROMIUM)('explorer (phone, 390 px)', () => {
  const session = explorerSession({ browser: PHONE });
  const { open } = session;

  /** The sheet a tab opens (the legend and the essay have their own; details and paths share the panel). */
  const SHEETS: Record<string, string> = {
    Details: '#panel',
    Paths: '#panel',
    Essay: '#reader',
    Legend: '#legend',
  };
  const sheetVisible = (selector: string) =>
    session.page.locator(selector).evaluate((el) => {
      const box = el.getBoundingClientRect();
      return getComputedStyle(el).visibility === 'visible' && box.top < window.innerHeight - 100;
    });

  const noSidewaysOverflow = () =>
    session.page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth);

  it('should fit the screen width with every sheet', async () => {
    await open();
    expect(await noSidewaysOverflow()).toBe(true);
    await saveScreenshot(session.page, 'phone');
    for (const tab of ['Paths', 'Essay', 'Legend', 'Details']) {
      await session.page.locator('.bottom-nav').getByRole('tab', { name: tab }).tap();
      // Measured once the sheet has finished sliding in.
      await animationsDone(session.page);
      expect(await noSidewaysOverflow()).toBe(true);
    }
  });

  it('should open every tab and keep its sheet open', async () => {
    await open();
    for (const tab of ['Paths', 'Essay', 'Legend', 'Details']) {
      await session.page.locator('.bottom-nav').getByRole('tab', { name: tab }).tap();
      await expect.poll(() => sheetVisible(SHEETS[tab]!)).toBe(true);
      expect(await session.page.evaluate(() => document.body.dataset.sheet)).toBe('open');
      expect(await session.page.evaluate(() => document.body.dataset.tab)).toBe(
        tab === 'Essay' ? 'reader' : tab.toLowerCase(),
      );
      // It stays open: the tap is not undone by a second handler further up the page.
      await expect
        .poll(() => session.page.evaluate(() => document.body.dataset.sheet), { timeout: 1_000 })
        .toBe('open');
      expect(await sheetVisible(SHEETS[tab]!)).toBe(true);
    }
  });

  it('should search, find a path from there and read its evidence in the essay', async () => {
    await open();
    await session.page.locator('#search').tap();
    await session.page.locator('#search').fill('krushch');
    await session.page
      .getByRole('option', { name: /Khrushchev/ })
      .first()
      .tap();
    await session.page.locator('#details-title', { hasText: 'Nikita Khrushchev' }).waitFor();
    await expect.poll(() => sheetVisible('#panel')).toBe(true);

    await session.page.getByRole('button', { name: 'Path from here' }).tap();
    await expect
      .poll(() => session.page.evaluate(() => document.activeElement?.id))
      .toBe('path-to');
    expect(await sheetVisible('#panel')).toBe(true);
    await session.page.locator('#path-to').fill('putin');
    await session.page
      .getByRole('option', { name: /Vladimir Putin/ })
      .first()
      .tap();
    const first = await tapFindPaths(session.page);
    expect(await first.locator('.path-summary').textContent()).toMatch(
      /^Nikita Khrushchev → .* → Vladimir Putin$/,
    );
    expect(await sheetVisible('#panel')).toBe(true);

    // The evidence: a hop's quote leads to its sentence, shown in the essay's sheet.
    const sentence = await tapFirstQuoteSource(first);
    await expect.poll(() => sheetVisible('#reader')).toBe(true);
    await expect.poll(() => wholeOnScreen(sentence)).toBe(true);
    expect(await noSidewaysOverflow()).toBe(true);
    expect(session.errors).toEqual([]);
  });

  it('should compare two years on a phone and read what began', async () => {
    await open();
    await session.page.getByRole('button', { name: 'Compare years' }).tap();
    const card = session.page.locator('#year-compare');
    await card.waitFor();
    await card.locator('.began summary').tap();
    const first = card.locator('.began .compare-relation').first();
    await first.waitFor();
    expect(await noSidewaysOverflow()).toBe(true);
    await saveScreenshot(session.page, 'phone-year-compare');
    const edge = await first.getAttribute('data-edge');
    await first.tap();
    await expect.poll(() => new URL(session.page.url()).searchParams.get('edge')).toBe(edge);
    await expect.poll(() => sheetVisible('#panel')).toBe(true);
  });

  it('should select a node with a tap and show it in a sheet', async () => {
    await open();
    await cameraSettled(session.page);
    const at = await nodePosition(session.page, 'china');
    await session.page.touchscreen.tap(at.x, at.y);
    await session.page.locator('#details-title', { hasText: 'China' }).waitFor();
    await expect
      .poll(() => session.page.locator('#panel').evaluate((el) => getComputedStyle(el).visibility))
      .toBe('visible');
    await animationsDone(session.page);
    expect(await noSidewaysOverflow()).toBe(true);
    await saveScreenshot(session.page, 'phone-details');
    expect(session.errors).toEqual([]);
  });
});
