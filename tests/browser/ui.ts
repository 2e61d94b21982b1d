// What browser tests do as a user would (pick an entity, unfold the legend) and read back from the live explorer.
import { expect } from 'vitest';
import type { Frame, Locator, Page } from 'playwright-core';
import { KIND_PLURAL } from '../../graph/kind-names.js';

/** Types a name into an entity field and takes the matching suggestion with Enter. */
export async function pickEntity(
  page: Page,
  field: string,
  typed: string,
  option: RegExp,
): Promise<void> {
  await page.locator(field).fill(typed);
  await page.getByRole('option', { name: option }).first().waitFor();
  await page.locator(field).press('Enter');
}

/** On a narrow stage the legend starts folded: unfold it. */
export async function unfoldLegend(page: Page): Promise<void> {
  if ((await page.locator('#legend-collapse').getAttribute('aria-expanded')) === 'false')
    await page.locator('#legend-collapse').click();
}

/** In the legend: hide concepts, and show facts only (claims, hypotheticals and questions hidden). */
export async function hideConceptsAndNonFacts(page: Page): Promise<void> {
  await unfoldLegend(page);
  const legend = page.locator('#legend-body');
  await legend.getByRole('button', { name: KIND_PLURAL.concept }).click();
  for (const modality of ['Claims', 'Hypotheticals', 'Questions'])
    await legend.getByRole('button', { name: modality }).click();
}

export interface ShownPath {
  /** Kinds of the nodes between the ends. */
  inner: string[];
  modalities: string[];
  edges: string[];
}

/** The paths of the answer on screen, as the store holds them. */
export function shownPathState(page: Page): Promise<ShownPath[]> {
  return page.evaluate(() => {
    const status = window.essayExplorer!.store.get().path.status;
    if (status.type !== 'done') return [];
    return status.answer.paths.map((p) => ({
      inner: p.nodes.slice(1, -1).map((n) => n.kind),
      modalities: p.hops.map((h) => h.modality),
      edges: p.hops.map((h) => h.edge),
    }));
  });
}

/** A point of the canvas (page coordinates) clear of every node, every edge (curves aside) and the panels. */
export function emptySpot(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const { renderer, graph } = window.essayExplorer!;
    const box = renderer.sigma.getContainer().getBoundingClientRect();
    const at = (n: string) => renderer.sigma.graphToViewport(graph.getNodeAttributes(n));
    const nodes = graph.mapNodes(at);
    const edges = graph.mapEdges((_, _a, s, t) => [at(s), at(t)] as const);
    const fromSegment = (x: number, y: number, [a, b]: (typeof edges)[number]) => {
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const t = Math.max(
        0,
        Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / (dx * dx + dy * dy || 1)),
      );
      return Math.hypot(a.x + t * dx - x, a.y + t * dy - y);
    };
    for (let y = 60; y < box.height - 120; y += 20)
      for (let x = 60; x < box.width - 60; x += 20) {
        const clear =
          nodes.every((p) => Math.hypot(p.x - x, p.y - y) > 40) &&
          edges.every((e) => fromSegment(x, y, e) > 30);
        const on = document.elementFromPoint(box.left + x, box.top + y);
        if (clear && on?.tagName === 'CANVAS') return { x: box.left + x, y: box.top + y };
      }
    throw new Error('No empty spot on the canvas');
  });
}

/** Visible nodes drawn under one of the panels, as "node under #legend". */
export function nodesUnderPanels(page: Page, panels: string[]): Promise<string[]> {
  return page.evaluate((selectors) => {
    const { renderer, graph } = window.essayExplorer!;
    const box = renderer.sigma.getContainer().getBoundingClientRect();
    const rects = selectors.flatMap((s) =>
      [...document.querySelectorAll(s)]
        .filter(
          (el) => getComputedStyle(el).visibility === 'visible' && !(el as HTMLElement).hidden,
        )
        .map((el) => ({ s, r: el.getBoundingClientRect() })),
    );
    const under: string[] = [];
    graph.forEachNode((node) => {
      const data = renderer.sigma.getNodeDisplayData(node);
      if (!data || data.hidden) return;
      const p = renderer.sigma.graphToViewport(graph.getNodeAttributes(node));
      const x = box.left + p.x;
      const y = box.top + p.y;
      for (const { s, r } of rects)
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)
          under.push(`${node} under ${s}`);
    });
    return under;
  }, panels);
}

/** Waits until the camera rests (two reads in a row agree), so that node positions hold still (page or embed frame). */
export async function cameraSettled(page: Page | Frame): Promise<void> {
  let last = '';
  await expect
    .poll(async () => {
      const now = JSON.stringify(
        await page.evaluate(() => window.essayExplorer!.renderer.cameraView()),
      );
      const same = now === last;
      last = now;
      return same;
    })
    .toBe(true);
}

/** Waits until no CSS transition or animation is running (a sheet has slid open, a theme has faded in). */
export async function animationsDone(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity,
      ),
  );
}

/** Taps "Find paths" and waits for the first answer, which it gives. */
export async function tapFindPaths(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Find paths' }).tap();
  const first = page.locator('.path-list > li').first();
  await first.waitFor();
  return first;
}

/** Taps the first quote's source of an answered path; gives the essay's sentence it leads to. */
export async function tapFirstQuoteSource(path: Locator): Promise<Locator> {
  const source = path.locator('.quote-source').first();
  const sentence = await source.getAttribute('data-sentence');
  await source.scrollIntoViewIfNeeded();
  await source.tap();
  return path.page().locator(`#sentence-${sentence}`);
}

/** Is the element drawn and whole within the window's height? */
export function wholeOnScreen(element: Locator): Promise<boolean> {
  return element.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
  });
}
