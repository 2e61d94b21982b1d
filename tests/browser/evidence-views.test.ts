// Issue 10, points 4, 6 and 9 through the UI: a hop's other relations, who claims what, and the essay's capitals.
import { describe, expect, it } from 'vitest';
import { explorerSession, HAS_CHROMIUM, saveScreenshot } from './helpers.js';
import type { PathAnswer } from '../../graph/query/types.js';

describe.skipIf(!HAS_CHROMIUM)('claims and hops (desktop)', () => {
  const session = explorerSession();
  const { open } = session;

  /** Types a name in a path field and takes the suggestion, as a person would. */
  const pick = async (field: string, typed: string, option: RegExp) => {
    await session.page.locator(field).fill(typed);
    await session.page.getByRole('option', { name: option }).first().waitFor();
    await session.page.locator(field).press('Enter');
  };

  const searchAndSelect = async (typed: string, name: RegExp) => {
    await session.page.locator('#search').fill(typed);
    await session.page.getByRole('option', { name }).first().waitFor();
    await session.page.locator('#search').press('Enter');
    await session.page.locator('#details-title', { hasText: name }).waitFor();
  };

  it('should show the other Russia–China relations under the hop, counted and quoted', async () => {
    const api: PathAnswer = await (
      await fetch(`${session.server.url}/api/paths?from=russia&to=china&k=1`)
    ).json();
    const hop = api.paths[0]!.hops[0]!;
    expect(hop.parallel.length).toBeGreaterThan(5);
    await open();
    await session.page.getByRole('tab', { name: 'Paths' }).first().click();
    await pick('#path-from', 'russia', /^Russia/);
    await pick('#path-to', 'china', /^China/);
    await session.page.getByRole('button', { name: 'Find paths' }).click();
    const first = session.page.locator('.path-list > li').first();
    const fold = first.locator('.hop').first().locator('details.parallel');
    await fold.waitFor({ state: 'attached' });
    expect(await fold.locator('summary').textContent()).toBe(
      `+${hop.parallel.length} more relations`,
    );
    const items = fold.locator('.parallel-item');
    expect(await items.first().isVisible()).toBe(false);
    await fold.locator('summary').click();
    await items.first().waitFor();
    expect(await items.count()).toBe(hop.parallel.length);
    expect(await fold.textContent()).toMatch(/China militarily supports Russia/);
    for (const item of await items.all()) {
      expect(await item.locator('.quote mark').count()).toBeGreaterThan(0);
      expect(await item.locator('.asserted').textContent()).toMatch(/^Asserted by \S/);
    }
    expect(await first.locator('.hop > .asserted').first().textContent()).toMatch(/^Asserted by/);
  });

  it('should show quotes and the reader with capitals restored, marked, the verbatim a hover away', async () => {
    await open();
    await searchAndSelect('nixon', /Richard Nixon/);
    const quote = session.page
      .locator('#tab-details .quote[data-case="restored"]', {
        hasText: 'former U.S. president Richard Nixon',
      })
      .first();
    await quote.waitFor();
    expect(await quote.getAttribute('data-verbatim')).toMatch(/^[^A-Z]+$/);
    expect(await quote.locator('.case-mark').textContent()).toBe('capitals restored');
    expect(await quote.locator('.case-mark').getAttribute('title')).toMatch(
      /^Verbatim: “.*richard nixon/,
    );
    // The reader says which form it shows, and reads as published: names, "I" and sentence starts.
    expect(await session.page.locator('#case-note').textContent()).toMatch(
      /^Capitals restored for reading/,
    );
    const essay = await session.page.locator('#reader-body .article-body').textContent();
    expect(essay).toContain('experts I interviewed');
    expect(essay).toContain('Pete Hegseth');
    expect(essay).not.toContain('former u.s. president richard nixon');
  });

  it("should list all of Pete Hegseth's and Ali Wyne's claims on their entity pages", async () => {
    await open();
    for (const [typed, name, count] of [
      ['hegseth', /Pete Hegseth/, 4],
      ['wyne', /Ali Wyne/, 4],
    ] as const) {
      await searchAndSelect(typed, name);
      const section = session.page.locator('#tab-details .claims-made');
      await section.waitFor();
      expect(await section.locator('h3').textContent()).toBe(`Claims made (${count})`);
      expect(await section.locator('.claim').count()).toBe(count);
      expect(await section.locator('.claim .quote mark').count()).toBeGreaterThanOrEqual(count);
    }
    // Every relation card of the entity page names who asserts it.
    const cards = session.page.locator('#tab-details .relation-group li');
    expect(await cards.count()).toBeGreaterThan(0);
    expect(await session.page.locator('#tab-details .relation-group li .asserted').count()).toBe(
      await cards.count(),
    );
  });

  it('should count only the relations shown when the legend keeps claims only', async () => {
    await open();
    if ((await session.page.locator('#legend-collapse').getAttribute('aria-expanded')) === 'false')
      await session.page.locator('#legend-collapse').click();
    const total = await session.page.evaluate(() => window.essayExplorer!.graph.size);
    const claims = await session.page.evaluate(
      () => window.essayExplorer!.graph.filterEdges((_, a) => a.modality === 'claim').length,
    );
    expect(await session.page.locator('#year-summary').textContent()).toBe(
      `${total} of ${total} relations`,
    );
    for (const name of ['Facts', 'Hypotheticals', 'Questions'])
      await session.page.locator('#legend-body .legend-toggle', { hasText: name }).click();
    await expect
      .poll(() => session.page.locator('#year-summary').textContent())
      .toBe(`${claims} of ${total} relations`);
  });

  it('should open a claim when a click lands on or just beside its dashed edge', async () => {
    await open();
    // A long claim (drawn dashed) between two visible entities; the pointer sweeps across it, as a hand aims.
    const target = await session.page.evaluate(() => {
      const { renderer, graph } = window.essayExplorer!;
      const box = renderer.sigma.getContainer().getBoundingClientRect();
      const inside = (p: { x: number; y: number }) =>
        p.x > 40 && p.x < box.width - 40 && p.y > 40 && p.y < box.height - 40;
      return graph
        .filterEdges((_, a) => a.modality === 'claim')
        .map((edge) => {
          const [s, t] = graph
            .extremities(edge)
            .map((n) => renderer.sigma.graphToViewport(graph.getNodeAttributes(n)));
          const length = Math.hypot(s!.x - t!.x, s!.y - t!.y);
          const mid = { x: (s!.x + t!.x) / 2, y: (s!.y + t!.y) / 2 };
          const normal = { x: -(t!.y - s!.y) / length, y: (t!.x - s!.x) / length };
          return {
            edge,
            mid,
            normal,
            length,
            left: box.left,
            top: box.top,
            ok: inside(s!) && inside(t!),
          };
        })
        .filter((c) => c.ok)
        .sort((a, b) => b.length - a.length)[0]!;
    });
    const at = (d: number) => ({
      x: target.left + target.mid.x + target.normal.x * d,
      y: target.top + target.mid.y + target.normal.y * d,
    });
    const hoveredAt = async (d: number) => {
      await session.page.mouse.move(at(d).x, at(d).y);
      return session.page.evaluate(() => window.essayExplorer!.store.get().hoveredEdge);
    };
    let onLine: number | null = null;
    for (let d = -80; d <= 80 && onLine === null; d += 1)
      if ((await hoveredAt(d)) === target.edge) onLine = d;
    expect(onLine).not.toBeNull();
    // A hand lands a few pixels off a 1–2 px line: beside it, where sigma itself picks nothing.
    let beside: number | null = null;
    for (let k = 2; k <= 5 && beside === null; k++)
      if ((await hoveredAt(onLine! - k)) === null) beside = onLine! - k;
    expect(beside).not.toBeNull();
    await session.page.mouse.click(at(beside!).x, at(beside!).y);
    await expect.poll(() => new URL(session.page.url()).searchParams.get('edge')).toBe(target.edge);
    await session.page.locator('#details-title.edge-title').waitFor();
    expect(await session.page.locator('#tab-details .asserted').first().textContent()).toMatch(
      /^Asserted by/,
    );
  });

  it('should list claims by speaker, with quotes, narrowed to one speaker', async () => {
    await open();
    await session.page.getByRole('button', { name: 'Claims' }).click();
    const dialog = session.page.getByRole('dialog', { name: 'Claims by speaker' });
    await dialog.waitFor();
    const groups = dialog.locator('.speaker-group');
    expect(await groups.count()).toBeGreaterThanOrEqual(5);
    expect(await dialog.locator('.claim .quote mark').count()).toBeGreaterThan(20);
    await dialog.getByLabel('Speaker').selectOption({ label: 'Pete Hegseth (4)' });
    await expect.poll(() => groups.count()).toBe(1);
    expect(await groups.first().locator('h3').textContent()).toBe('Pete Hegseth (4)');
    expect(await groups.first().locator('.claim').count()).toBe(4);
    await saveScreenshot(session.page, 'claims-by-speaker');
    // Opening a claim's relation closes the dialog and shows the relation.
    await groups.first().locator('.edge-link').first().click();
    await session.page.locator('#details-title.edge-title').waitFor();
    expect(await dialog.isVisible()).toBe(false);
    expect(session.errors).toEqual([]);
  });
});

describe.skipIf(!HAS_CHROMIUM)('embed hop list', () => {
  const session = explorerSession({
    browser: { viewport: { width: 900, height: 700 } },
    page: false,
  });

  it("should fold a hop's other relations under it, countable and quoted", async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.url}/embed?from=russia&to=china&k=1`);
    const fold = page.locator('#embed-hops .hop details.parallel').first();
    await fold.waitFor({ state: 'attached', timeout: 20_000 });
    const count = Number(
      (await fold.locator('summary').textContent())!.match(/^\+(\d+) more relations$/)![1],
    );
    expect(count).toBeGreaterThan(5);
    await fold.locator('summary').click();
    expect(await fold.locator('.parallel-item').count()).toBe(count);
    expect(await fold.locator('.parallel-item .quote mark').count()).toBeGreaterThanOrEqual(count);
    // The embed's quotes take their names' capitals back too, marked as such.
    expect(await fold.textContent()).toContain('Beijing has provided substantial');
    expect(await fold.locator('.case-mark').count()).toBeGreaterThan(0);
    // The card an entity opens names who asserts each relation it shows.
    await page.locator('#embed-hops .entity-name').first().click();
    const card = page.locator('#embed-card');
    await card.locator('.card-relation').first().waitFor();
    expect(await card.locator('.card-relation .asserted').count()).toBe(
      await card.locator('.card-relation').count(),
    );
  });
});
