// Issue 10, point 8 through the UI: what the explorer shows (claims only, a focus, the path selected) is what downloads.
import { describe, expect, it } from 'vitest';
import { explorerSession, HAS_CHROMIUM } from './helpers.js';

describe.skipIf(!HAS_CHROMIUM)('downloads match the view', () => {
  const session = explorerSession();
  const { open } = session;

  /** Opens the Download menu as a person would and fetches what its SVG item links to. */
  const downloadSvg = async (): Promise<{ href: string; svg: string }> => {
    await session.page.locator('#download-button').click();
    const item = session.page.getByRole('menuitem', { name: /SVG drawing/ });
    await item.waitFor();
    const href = (await item.getAttribute('href'))!;
    await session.page.keyboard.press('Escape');
    const response = await fetch(`${session.server.url}${href}`);
    expect(response.status).toBe(200);
    return { href, svg: await response.text() };
  };

  const drawn = (svg: string, what: 'node' | 'edge') =>
    [...svg.matchAll(what === 'node' ? /<circle data-node="([^"]+)"/g : /<g data-edge="([^"]+)"/g)]
      .map((m) => m[1]!)
      .sort();

  /** What sigma shows right now: nodes and edges not hidden by the reducers. */
  const shown = () =>
    session.page.evaluate(() => {
      const { renderer, graph } = window.essayExplorer!;
      return {
        nodes: graph
          .filterNodes((n) => renderer.sigma.getNodeDisplayData(n)?.hidden === false)
          .sort(),
        edges: graph
          .filterEdges((e) => renderer.sigma.getEdgeDisplayData(e)?.hidden === false)
          .sort(),
      };
    });

  it('should download only the claims when the legend shows claims only', async () => {
    await open();
    if ((await session.page.locator('#legend-collapse').getAttribute('aria-expanded')) === 'false')
      await session.page.locator('#legend-collapse').click();
    for (const name of ['Facts', 'Hypotheticals', 'Questions'])
      await session.page.locator('#legend-body .legend-toggle', { hasText: name }).click();
    await expect.poll(async () => (await shown()).edges.length).toBeLessThan(40);
    const { svg } = await downloadSvg();
    expect(drawn(svg, 'edge')).toEqual((await shown()).edges);
    expect(svg).toContain('claims only');
  });

  it('should download the neighbourhood a focus shows, titled so', async () => {
    await open();
    await session.page.locator('#search').fill('china');
    await session.page
      .getByRole('option', { name: /^China/ })
      .first()
      .waitFor();
    await session.page.locator('#search').press('Enter');
    await session.page.getByRole('button', { name: 'Focus on neighbours' }).click();
    await session.page.locator('#focus-chip:not([hidden])').waitFor();
    const { href, svg } = await downloadSvg();
    expect(new URL(href, session.server.url).searchParams.get('focus')).toBe('china');
    expect(drawn(svg, 'node')).toEqual((await shown()).nodes);
    expect(svg).toContain('Neighbours of China');
  });

  it('should download path 2 alone when path 2 is selected', async () => {
    await open();
    await session.page.getByRole('tab', { name: 'Paths' }).first().click();
    for (const [field, typed, option] of [
      ['#path-from', 'mao', /Mao Zedong/],
      ['#path-to', 'trump', /Donald Trump/],
    ] as const) {
      await session.page.locator(field).fill(typed);
      await session.page.getByRole('option', { name: option }).first().waitFor();
      await session.page.locator(field).press('Enter');
    }
    await session.page.getByRole('button', { name: 'Find paths' }).click();
    const second = session.page.locator('.path-list > li').nth(1);
    await second.waitFor();
    await second.locator('.path-head').click();
    await expect.poll(() => second.getAttribute('class')).toContain('active');
    const route = (await second.locator('.path-summary').textContent())!.split(' → ');
    const { svg } = await downloadSvg();
    const labels = [...svg.matchAll(/<circle data-node="[^"]+"[^>]*><title>([^<]+)<\/title>/g)].map(
      (m) => m[1],
    );
    expect(labels.sort()).toEqual([...route].sort());
    expect(svg).not.toMatch(/opacity="0\.3"/);
  });
});
