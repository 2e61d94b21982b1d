// Path tasks driven through the UI: legend filters apply to answers, re-asking, clearing, framing, names and words.
import { describe, expect, it } from 'vitest';
import { KIND_PLURAL, KIND_SINGULAR } from '../../graph/kind-names.js';
import { explorerSession, HAS_CHROMIUM, saveScreenshot } from './helpers.js';
import {
  emptySpot,
  hideConceptsAndNonFacts,
  pickEntity,
  shownPathState,
  unfoldLegend,
} from './ui.js';

describe.skipIf(!HAS_CHROMIUM)('path tasks (desktop)', () => {
  const session = explorerSession();
  const { open } = session;

  const askMaoTrump = async () => {
    await session.page.getByRole('tab', { name: 'Paths' }).first().click();
    await pickEntity(session.page, '#path-from', 'mao', /Mao Zedong/);
    await pickEntity(session.page, '#path-to', 'trump', /Donald Trump/);
    await session.page.getByRole('button', { name: 'Find paths' }).click();
    await session.page.locator('.path-list > li').first().waitFor();
  };

  it('should answer under the legend filters, say which, and draw every path whole', async () => {
    await open();
    await hideConceptsAndNonFacts(session.page);
    await askMaoTrump();
    const conditions = session.page.locator('#path-conditions');
    expect(await conditions.textContent()).toMatch(/avoiding concepts.*facts only/);
    const paths = await shownPathState(session.page);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path.inner.filter((kind) => kind === 'concept')).toEqual([]);
      expect(path.modalities.every((m) => m === 'fact')).toBe(true);
    }
    // The list and the canvas agree: each path, once shown, is drawn hop by hop.
    for (let i = 0; i < paths.length; i++) {
      if (i > 0) await session.page.locator(`.path-list > li[data-path="${i}"] .path-head`).click();
      await expect
        .poll(() =>
          session.page.evaluate((edges) => {
            const { renderer } = window.essayExplorer!;
            return edges.every((e) => renderer.sigma.getEdgeDisplayData(e)?.hidden === false);
          }, paths[i]!.edges),
        )
        .toBe(true);
    }
    // Showing questions again asks again, and the panel says so.
    await session.page.locator('#legend-body').getByRole('button', { name: 'Questions' }).click();
    await expect.poll(() => conditions.textContent()).toMatch(/facts, questions only/);
    await saveScreenshot(session.page, 'path-filters');
  });

  it('should run a query again when it is asked again unchanged', async () => {
    await open();
    await askMaoTrump();
    await session.page.getByRole('button', { name: 'Find paths' }).click();
    await session.page.locator('.path-list > li').first().waitFor();
    await expect.poll(() => session.page.locator('#path-results .loading').count()).toBe(0);
    await session.page.locator('#query-line').fill('mao -> trump k=2');
    await session.page.getByRole('button', { name: 'Ask', exact: true }).click();
    await expect.poll(() => session.page.locator('.path-list > li').count()).toBe(2);
    await session.page.getByRole('button', { name: 'Ask', exact: true }).click();
    await expect.poll(() => session.page.locator('#path-results .loading').count()).toBe(0);
    expect(await session.page.locator('.path-list > li').count()).toBe(2);
  });

  it('should word a bad name without field codes and re-ask with a suggestion', async () => {
    await open();
    await session.page.getByRole('tab', { name: 'Paths' }).first().click();
    await session.page.locator('#query-line').fill('maaozzedung -> putin k=2');
    await session.page.getByRole('button', { name: 'Ask', exact: true }).click();
    const problem = session.page.locator('#path-problem');
    await problem.waitFor();
    const text = (await problem.textContent()) ?? '';
    expect(text).not.toMatch(/`/);
    expect(text).toMatch(/the start/);
    await problem.getByRole('button', { name: 'Mao Zedong' }).click();
    await session.page.locator('.path-list > li').first().waitFor();
    expect(await session.page.locator('#query-line').inputValue()).toBe('mao-zedong -> putin k=2');
    expect(
      await session.page.locator('.path-list > li .path-summary').first().textContent(),
    ).toMatch(/^Mao Zedong → .* → Vladimir Putin$/);
    session.errors.length = 0; // the 404 of the misspelt name is logged by Chromium, as expected
  });

  it('should clear a path with Escape, the empty canvas, the emptied fields and the Clear button', async () => {
    await open();
    const cleared = async () => {
      await expect.poll(() => session.page.locator('.path-list > li').count()).toBe(0);
      expect(new URL(session.page.url()).searchParams.get('from')).toBeNull();
    };
    await askMaoTrump();
    await session.page.locator('#path-results').click({ position: { x: 2, y: 2 } });
    await session.page.keyboard.press('Escape');
    await cleared();

    await askMaoTrump();
    const spot = await emptySpot(session.page);
    await session.page.mouse.click(spot.x, spot.y);
    await cleared();

    await askMaoTrump();
    await session.page.locator('#path-from').fill('');
    await session.page.locator('#path-to').fill('');
    await cleared();

    await askMaoTrump();
    await session.page.getByRole('button', { name: 'Clear path' }).click();
    await cleared();
    expect(session.errors).toEqual([]);
  });

  it('should put the keyboard on the next field after "Path from here"', async () => {
    await open('/?node=china');
    await session.page.locator('#details-title', { hasText: 'China' }).waitFor();
    await session.page.getByRole('button', { name: /Path from here/ }).click();
    await expect
      .poll(() => session.page.evaluate(() => document.activeElement?.id))
      .toBe('path-to');
    expect(await session.page.locator('#path-from').inputValue()).toBe('China');
  });

  it('should frame every new answer, whatever the camera did before', async () => {
    await open();
    // The reader moves the camera away: zoomed in on one corner of the graph.
    for (let i = 0; i < 4; i++) await session.page.locator('#zoom-in').click();
    const box = (await session.page.locator('#graph').boundingBox())!;
    await session.page.mouse.move(box.x + 40, box.y + box.height / 2);
    await session.page.mouse.down();
    await session.page.mouse.move(box.x + box.width - 40, box.y + box.height / 2, { steps: 8 });
    await session.page.mouse.up();
    await expect.poll(() => new URL(session.page.url()).searchParams.get('cam')).not.toBeNull();
    await askMaoTrump();
    const inView = () =>
      session.page.evaluate(() => {
        const { renderer, store } = window.essayExplorer!;
        const status = store.get().path.status;
        if (status.type !== 'done') return false;
        const { width, height } = renderer.sigma.getDimensions();
        return status.answer.paths[0]!.nodes.every((n) => {
          const p = renderer.sigma.graphToViewport(
            renderer.sigma.getGraph().getNodeAttributes(n.id),
          );
          return p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;
        });
      });
    await expect.poll(inView, { timeout: 5_000 }).toBe(true);
  });

  it('should call every kind by one word in the legend, the search and the URL', async () => {
    await open();
    await unfoldLegend(session.page);
    const legendWords = await session.page
      .locator('#legend-body .kinds .legend-label')
      .allTextContents();
    expect(legendWords).toContain(KIND_PLURAL.concept);
    await session.page
      .locator('#legend-body')
      .getByRole('button', { name: KIND_PLURAL.concept })
      .click();
    expect(new URL(session.page.url()).searchParams.get('hideKinds')).toBe('concept');
    await session.page.locator('#search').fill('reverse kissinger');
    const option = session.page.getByRole('option', { name: /Reverse Kissinger/ }).first();
    await option.waitFor();
    expect(await option.locator('.option-kind').textContent()).toBe(KIND_SINGULAR.concept);
    expect(await session.page.locator('body').textContent()).not.toMatch(/\bIdeas\b/);
  });
});
