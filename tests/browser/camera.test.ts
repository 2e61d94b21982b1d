// The camera respects the panels: framing keeps nodes clear of the legend, controls and time bar, labels on screen.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { explorerSession, HAS_CHROMIUM } from './helpers.js';
import { nodesUnderPanels, unfoldLegend } from './ui.js';

/** Labels sigma drew whose text runs past the canvas's right edge. */
function clippedLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { renderer } = window.essayExplorer!;
    const sigma = renderer.sigma;
    // sigma keeps the labels it drew in a private set; reading it is the only exact answer.
    const drawn = (sigma as unknown as { displayedNodeLabels: Set<string> }).displayedNodeLabels;
    const settings = sigma.getSettings();
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const { width } = sigma.getDimensions();
    return [...drawn].filter((node) => {
      const d = sigma.getNodeDisplayData(node)!;
      const p = sigma.framedGraphToViewport(d);
      return p.x + d.size + 4 + context.measureText(d.label ?? '').width > width;
    });
  });
}

const PANELS = ['#legend', '.graph-controls', '#timebar'];

describe.skipIf(!HAS_CHROMIUM)('camera and panels', () => {
  const session = explorerSession({ page: false, phone: true });

  it('should fit the graph clear of the unfolded legend, the controls and the time bar', async () => {
    const page = await session.browser.newPage();
    await session.open('/', page);
    await unfoldLegend(page);
    await page.locator('#zoom-fit').click();
    await expect.poll(() => nodesUnderPanels(page, PANELS), { timeout: 5_000 }).toEqual([]);
    // Labels run rightwards: none is cut by the essay's column at the canvas's right edge.
    await expect.poll(() => clippedLabels(page), { timeout: 5_000 }).toEqual([]);
    await page.close();
  });

  it('should frame a new layout clear of the controls and the time bar', async () => {
    const page = await session.browser.newPage();
    await session.open('/', page);
    await page.getByRole('button', { name: 'Re-layout' }).click();
    await page.locator('#reset-layout').waitFor({ timeout: 20_000 });
    await expect.poll(() => nodesUnderPanels(page, PANELS), { timeout: 5_000 }).toEqual([]);
    await page.close();
  });

  it('should frame a path clear of the panels on a medium screen with the essay drawer open', async () => {
    const page = await session.browser.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await session.open('/', page);
    await page.locator('#reader-toggle').click();
    await page.getByRole('tab', { name: 'Paths' }).first().click();
    await page.locator('#query-line').fill('mao -> khrushchev -> de-stalinization');
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    await page.locator('.path-list > li').first().waitFor();
    const pathUnder = async () =>
      (await nodesUnderPanels(page, [...PANELS, '#reader'])).filter((s) =>
        /^(mao-zedong|nikita-khrushchev|de-stalinization) /.test(s),
      );
    await expect.poll(pathUnder, { timeout: 5_000 }).toEqual([]);
    await page.close();
  });

  it('should not cut labels at the right edge of a phone', async () => {
    const page = await session.phone.newPage();
    await session.open('/', page);
    await expect.poll(() => clippedLabels(page), { timeout: 5_000 }).toEqual([]);
    expect(await nodesUnderPanels(page, ['.graph-controls', '#timebar'])).toEqual([]);
    await page.close();
  });
});
