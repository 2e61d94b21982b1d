// Path drawings measured in Chromium: the path alone, framed tight (nothing cut off, no empty band), labels off hops.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { loadEssay, type LoadedEssay } from '../../graph/essay.js';
import { renderSvg } from '../../export/svg.js';
import { exportView } from '../../export/view.js';
import type { ViewParams } from '../../export/export-types.js';
import { HAS_CHROMIUM, launchBrowser } from '../helpers/chromium.js';
import { ESSAY_CORPUS } from '../helpers/fixtures.js';
import { DRAWN_LAYOUT } from '../../export/drawn-graph.js';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Geometry {
  plot: Box;
  nodes: Box[];
  labels: (Box & { text: string })[];
  /** Points along each hop's stroke, every 2 px. */
  hops: { x: number; y: number }[][];
}

/** Boxes as Chromium lays the drawing out (getBBox): the real glyph extents, not estimates. */
async function measure(page: Page, svg: string): Promise<Geometry> {
  await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
  return page.evaluate(() => {
    const box = (el: SVGGraphicsElement) => {
      const b = el.getBBox();
      return { x: b.x, y: b.y, w: b.width, h: b.height };
    };
    const plotRect = document.querySelector<SVGRectElement>('#plot-clip rect')!;
    const graph = document.getElementById('graph')!;
    const hops = [...graph.querySelectorAll<SVGPathElement>('g[data-edge] path[marker-end]')].map(
      (path) => {
        const length = path.getTotalLength();
        const points: { x: number; y: number }[] = [];
        for (let at = 0; at <= length; at += 2) {
          const p = path.getPointAtLength(at);
          points.push({ x: p.x, y: p.y });
        }
        return points;
      },
    );
    return {
      plot: box(plotRect),
      nodes: [...graph.querySelectorAll<SVGCircleElement>('circle[data-node]')].map(box),
      labels: [...graph.querySelectorAll<SVGTextElement>(':scope > text')].map((t) => ({
        ...box(t),
        text: t.textContent ?? '',
      })),
      hops,
    };
  });
}

const inside = (p: { x: number; y: number }, b: Box) =>
  p.x > b.x && p.x < b.x + b.w && p.y > b.y && p.y < b.y + b.h;

describe.skipIf(!HAS_CHROMIUM)('path drawings, measured', () => {
  let essay: LoadedEssay;
  let browser: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    essay = await loadEssay(ESSAY_CORPUS, { layout: DRAWN_LAYOUT });
    browser = await launchBrowser({ viewport: { width: 1700, height: 1200 } });
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const views: [string, ViewParams][] = [
    [
      'Mao → Khrushchev → De-Stalinization',
      { from: 'mao', via: ['khrushchev'], to: 'de-stalinization' },
    ],
    ['Russia → China', { from: 'russia', to: 'china' }],
    ['Mao → Trump, path 1', { from: 'mao', to: 'trump', k: 3, path: 1 }],
    ['Mao → Trump, path 2', { from: 'mao', to: 'trump', k: 3, path: 2 }],
    ['Mao → Trump, path 3', { from: 'mao', to: 'trump', k: 3, path: 3 }],
    ['Nixon → Putin', { from: 'nixon', to: 'putin' }],
  ];

  it.each(views)(
    '%s: only the path, framed tight, no hop through a label',
    async (_name, params) => {
      const view = exportView(essay, params);
      const ids = new Set(view.paths!.flatMap((p) => p.nodes.map((n) => n.id)));
      const g = await measure(page, renderSvg(view));
      // Only the path: one circle and one label per entity on it.
      expect(g.nodes).toHaveLength(ids.size);
      expect(g.labels.map((l) => l.text).sort()).toEqual(
        view
          .paths!.flatMap((p) => p.nodes.map((n) => n.label))
          .filter((l, i, all) => all.indexOf(l) === i)
          .sort(),
      );
      // Nothing cut off: every entity and label lies inside the plot.
      const drawn = [...g.nodes, ...g.labels];
      for (const b of drawn) {
        expect(b.x).toBeGreaterThanOrEqual(g.plot.x);
        expect(b.y).toBeGreaterThanOrEqual(g.plot.y);
        expect(b.x + b.w).toBeLessThanOrEqual(g.plot.x + g.plot.w);
        expect(b.y + b.h).toBeLessThanOrEqual(g.plot.y + g.plot.h);
      }
      // Tight: the drawing ends where the entities do, above and below (no empty fifth).
      const top = Math.min(...drawn.map((b) => b.y)) - g.plot.y;
      const bottom = g.plot.y + g.plot.h - Math.max(...drawn.map((b) => b.y + b.h));
      expect(top).toBeLessThan(g.plot.h / 5);
      expect(bottom).toBeLessThan(g.plot.h / 5);
      // No hop runs through a label.
      for (const label of g.labels)
        for (const hop of g.hops)
          expect(
            hop.filter((p) => inside(p, label)),
            `a hop crosses "${label.text}"`,
          ).toEqual([]);
    },
  );
});
