// Time in the explorer through the UI: the slider's right end, comparing two years, and legible out-of-year cards.
import { describe, expect, it } from 'vitest';
import { compareYears, YEAR_CHANGES } from '../../graph/query/compare-years.js';
import { loadEssay } from '../../graph/essay.js';
import { YEAR_CHANGE_COLORS } from '../../export/style.js';
import { CORPUS, explorerSession, HAS_CHROMIUM, saveScreenshot, waitForGraph } from './helpers.js';
import { lowContrastTexts } from './contrast.js';
import { nodesUnderPanels } from './ui.js';
import { DRAWN_LAYOUT } from '../../export/drawn-graph.js';

describe.skipIf(!HAS_CHROMIUM)('years (desktop)', () => {
  const session = explorerSession();
  const { open } = session;
  const yearShown = () => session.page.locator('#year-value').textContent();

  it('should mean "All years" at the slider’s right end, before and after it moved', async () => {
    await open();
    const slider = session.page.locator('#year-slider');
    expect(await yearShown()).toBe('All years');
    await slider.focus();
    await session.page.keyboard.press('End');
    expect(await yearShown()).toBe('All years');
    expect(new URL(session.page.url()).searchParams.get('year')).toBeNull();
    await session.page.keyboard.press('ArrowLeft');
    await expect.poll(yearShown).toBe('2025');
    expect(new URL(session.page.url()).searchParams.get('year')).toBe('2025');
    await session.page.keyboard.press('End');
    await expect.poll(yearShown).toBe('All years');
    expect(await slider.getAttribute('aria-valuetext')).toBe('All years');
    expect(new URL(session.page.url()).searchParams.get('year')).toBeNull();
  });

  it('should compare two years as a list and on the canvas, and keep it in the URL', async () => {
    const { graph } = await loadEssay(CORPUS, { layout: DRAWN_LAYOUT });
    await open();
    await session.page.getByRole('button', { name: 'Compare years' }).click();
    const card = session.page.locator('#year-compare');
    await card.waitFor();
    expect(await session.page.locator('#compare-from').inputValue()).toBe('1969');
    expect(await session.page.locator('#compare-to').inputValue()).toBe('2025');
    const counts = () =>
      card
        .locator('.compare-count')
        .allTextContents()
        .then((t) => t.map(Number));
    const expected = compareYears(graph, 1969, 2025);
    expect(await counts()).toEqual(YEAR_CHANGES.map((c) => expected[c.change].length));
    expect(new URL(session.page.url()).searchParams.get('compare')).toBe('1969,2025');
    // The graph is framed beside the card, not under it.
    await expect
      .poll(() => nodesUnderPanels(session.page, ['#year-compare']), { timeout: 5_000 })
      .toEqual([]);
    await saveScreenshot(session.page, 'year-compare');

    // The years can be changed by typing.
    await session.page.locator('#compare-from').fill('1956');
    await session.page.locator('#compare-from').press('Enter');
    const later = compareYears(graph, 1956, 2025);
    await expect.poll(counts).toEqual(YEAR_CHANGES.map((c) => later[c.change].length));
    await expect
      .poll(() => new URL(session.page.url()).searchParams.get('compare'))
      .toBe('1956,2025');

    // The canvas shows the same three groups in their colours, and nothing else.
    const drawn = await session.page.evaluate(() => {
      const { renderer, graph: g } = window.essayExplorer!;
      return g.mapEdges((e) => {
        const d = renderer.sigma.getEdgeDisplayData(e)!;
        return { e, hidden: d.hidden, color: d.color.toLowerCase() };
      });
    });
    const colourOf = new Map(
      YEAR_CHANGES.map((c) => [c.change, YEAR_CHANGE_COLORS[c.change].toLowerCase()]),
    );
    const shown = drawn.filter((d) => !d.hidden).map((d) => d.e);
    expect(shown.sort()).toEqual([...later.began, ...later.ended, ...later.held].sort());
    for (const edge of later.began)
      expect(drawn.find((d) => d.e === edge)!.color).toBe(colourOf.get('began'));

    // A link brings the comparison back; a relation in the list opens in the details.
    await session.page.reload();
    await waitForGraph(session.page);
    await card.waitFor();
    expect(await session.page.locator('#compare-from').inputValue()).toBe('1956');
    await card.locator('.began summary').click();
    const first = card.locator('.began .compare-relation').first();
    const edge = await first.getAttribute('data-edge');
    await first.click();
    await expect.poll(() => new URL(session.page.url()).searchParams.get('edge')).toBe(edge);

    await card.getByRole('button', { name: 'End the comparison' }).click();
    await expect.poll(() => card.isHidden()).toBe(true);
    expect(new URL(session.page.url()).searchParams.get('compare')).toBeNull();
    expect(session.errors).toEqual([]);
  });

  it('should keep the text of out-of-year cards at WCAG AA contrast, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await session.page.emulateMedia({ colorScheme: scheme });
      await open('/?node=china');
      await session.page.locator('#details-title', { hasText: 'China' }).waitFor();
      await session.page.locator('#year-slider').fill('1969');
      const cards = session.page.locator('#tab-details .relation-list li.out-of-time');
      await expect.poll(() => cards.count()).toBeGreaterThan(0);
      expect(
        await lowContrastTexts(session.page, '#tab-details .relation-list li.out-of-time'),
      ).toEqual([]);
    }
    await session.page.emulateMedia({ colorScheme: 'light' });
  });
});
