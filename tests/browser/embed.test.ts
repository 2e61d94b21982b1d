// /embed in a frame of another origin (drawn, sized to the frame, quotes shown), framing refused elsewhere, and
// the explorer's Embed and Download actions.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import {
  CORPUS,
  drawnPixels,
  explorerSession,
  HAS_CHROMIUM,
  saveScreenshot,
  startServer,
  type TestServer,
} from './helpers.js';
import { cameraSettled } from './ui.js';

const PATH_QUERY = 'from=mao&via=khrushchev&to=de-stalinization';

/** A page on another origin (another port) that frames `?src=` at `?w=` × `?h=`, inside an article. */
function startHost(): Promise<TestServer> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    const src = url.searchParams.get('src') ?? '';
    const width = url.searchParams.get('w') ?? '100%';
    const height = url.searchParams.get('h') ?? '480';
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(hostPage(src, width, height));
  });
  return listen(server);
}

function hostPage(src: string, width: string, height: string): string {
  const attr = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A report</title>
<style>
  body { margin: 0; background: #fafaf7; font: 17px/1.6 Georgia, serif; color: #222; }
  article { max-width: 860px; margin: 0 auto; padding: 28px 32px 40px; }
  h1 { font-size: 30px; line-height: 1.2; margin: 0 0 10px; }
  p { margin: 0 0 14px; }
  figure { margin: 20px 0; }
  figcaption { font: 13px/1.4 system-ui, sans-serif; color: #666; margin-top: 6px; }
</style></head><body><article>
<h1>Why Beijing never forgave Moscow</h1>
<p>The Sino-Soviet split began with a speech. The essay traces the line from Mao's contempt for
Khrushchev's "revisionism" to the de-Stalinization that Khrushchev set in motion:</p>
<figure><iframe id="embed" src="${attr(src)}" width="${attr(width)}" height="${attr(height)}"
  style="border:0" title="Mao Zedong to de-Stalinization" loading="lazy"></iframe>
<figcaption>Interactive: each line is a relation stated in the essay, with its quote.</figcaption></figure>
<p>Decades later, the same distrust shapes how Moscow and Beijing read each other.</p>
</article></body></html>`;
}

function listen(server: Server): Promise<TestServer> {
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((closed) => {
            server.closeAllConnections();
            server.close(() => closed());
          }),
      });
    });
  });
}

/** Errors thrown or logged inside any frame, collected by a script the browser injects before the page's own. */
const ERROR_TRAP = `
  window.__errors = [];
  window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
  window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
`;

// One browser and one build for the whole file: the machine has two cores.
const session = explorerSession({
  browser: { viewport: { width: 1100, height: 820 } },
  initScript: ERROR_TRAP,
  page: false,
});
let narrowed: TestServer;
let host: TestServer;

beforeAll(async () => {
  if (!HAS_CHROMIUM) return;
  narrowed = await startServer(session.clientDir, CORPUS, {
    embedOrigins: ['https://reports.example'],
  });
  host = await startHost();
});

afterAll(async () => {
  await Promise.all([narrowed?.close(), host?.close()]);
});

describe.skipIf(!HAS_CHROMIUM)('/embed', () => {
  let page: Page;

  beforeAll(async () => {
    page = await session.browser.newPage();
  });

  const frameHost = (src: string, w = '100%', h = '480') =>
    `${host.url}/?${new URLSearchParams({ src, w, h })}`;

  const embedFrame = async (): Promise<Frame> => {
    const frame = await (await page.locator('iframe#embed').elementHandle())!.contentFrame();
    await frame!.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
    return frame!;
  };

  /** The path's embed, framed by the host page. */
  const openFramed = async (): Promise<Frame> => {
    await page.goto(frameHost(`${session.server.url}/embed?${PATH_QUERY}`));
    return embedFrame();
  };

  const frameErrors = (frame: Frame) =>
    frame.evaluate(() => (window as unknown as { __errors: string[] }).__errors);

  it('should draw a path inside a frame of another origin, with the hops and their quotes', async () => {
    const frame = await openFramed();
    const hops = frame.locator('.embed-hop');
    expect(await hops.count()).toBe(2);
    expect(await frame.locator('#embed-title').textContent()).toBe(
      'Mao Zedong → Nikita Khrushchev → De-Stalinization',
    );
    // The hop's own quote (its other relations, if any, are folded below it).
    await expect.poll(() => hops.first().locator('> .quote mark').isVisible()).toBe(true);
    expect(await hops.first().locator('> .quote').textContent()).toContain('revisionists');
    expect(await frame.locator('#embed-attribution').textContent()).toMatch(
      /Trump will fail to turn Russia against China.*Adam Zivo, National Post/,
    );
    await expect
      .poll(() => drawnPixels(page, page.frameLocator('#embed').locator('#graph')))
      .toBeGreaterThan(3_000);
    await saveScreenshot(page, 'embed');
    expect(await frameErrors(frame)).toEqual([]);
  });

  it('should link back to the same view in the explorer, in a new tab', async () => {
    const frame = await openFramed();
    const link = frame.locator('#open-explorer');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener');
    const href = new URL((await link.evaluate((a) => (a as HTMLAnchorElement).href)) as string);
    expect(href.origin).toBe(session.server.url);
    expect(href.pathname).toBe('/');
    expect(href.searchParams.get('from')).toBe('mao');
    expect(href.searchParams.get('via')).toBe('khrushchev');
  });

  it("should show a node's label and quotes on a click", async () => {
    const frame = await openFramed();
    // Khrushchev is clicked where he rests, not while the first view is still being framed.
    await cameraSettled(frame);
    const card = frame.locator('#embed-card');
    const title = card.locator('.card-title', { hasText: 'Nikita Khrushchev' });
    // Clicked again where he is now until his card opens (selecting is not a toggle): on a slow machine the
    // camera may still move after it looked settled, and a click could land beside him.
    await expect
      .poll(
        async () => {
          const at = await frame.evaluate(() => {
            const { renderer, graph } = window.essayExplorer!;
            return renderer.sigma.graphToViewport(graph.getNodeAttributes('nikita-khrushchev'));
          });
          // Sigma's coordinates are relative to its container; boundingBox() gives its place on the page.
          const stage = (await frame.locator('#graph').boundingBox())!;
          await page.mouse.click(stage.x + at.x, stage.y + at.y);
          return title.isVisible();
        },
        { timeout: 20_000, interval: 300 },
      )
      .toBe(true);
    expect(await card.locator('.quote').count()).toBeGreaterThan(0);
  });

  it('should fill a frame of any size, and follow it when resized', async () => {
    for (const [w, h] of [
      ['420', '640'],
      ['300', '160'],
    ] as const) {
      await page.goto(frameHost(`${session.server.url}/embed?${PATH_QUERY}&theme=dark`, w, h));
      const frame = await embedFrame();
      const size = await frame.evaluate(() => ({
        graph: document.getElementById('graph')!.getBoundingClientRect().height,
        canvas: document.querySelector('#graph canvas')!.getBoundingClientRect().height,
      }));
      expect(size.graph).toBeGreaterThan(0);
      expect(size.canvas).toBeCloseTo(size.graph, 0);
      expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(await frameErrors(frame)).toEqual([]);
    }
    // Narrow: the hops go below the graph. Widened, they move beside it and the graph follows.
    await page.goto(frameHost(`${session.server.url}/embed?${PATH_QUERY}`, '420', '640'));
    const frame = await embedFrame();
    const layout = () =>
      frame.evaluate(() => {
        const graph = document.getElementById('graph')!.getBoundingClientRect();
        const hops = document.getElementById('embed-hops')!.getBoundingClientRect();
        const canvas = document.querySelector('#graph canvas')!.getBoundingClientRect();
        return {
          below: hops.top >= graph.bottom - 1,
          beside: hops.left >= graph.right - 1,
          graph,
          canvas,
        };
      });
    expect((await layout()).below).toBe(true);
    await page.locator('iframe#embed').evaluate((el) => {
      el.setAttribute('width', '900');
      el.setAttribute('height', '520');
    });
    await expect.poll(async () => (await layout()).beside).toBe(true);
    await expect
      .poll(async () => {
        const { graph, canvas } = await layout();
        return Math.abs(graph.width - canvas.width) + Math.abs(graph.height - canvas.height);
      })
      .toBeLessThan(1);
    await expect
      .poll(() => drawnPixels(page, page.frameLocator('#embed').locator('#graph')))
      .toBeGreaterThan(2_000);
    expect(await frameErrors(frame)).toEqual([]);
  });

  /**
   * Chromium blocks the response (net::ERR_BLOCKED_BY_RESPONSE), logs the directive on the framing page's console
   * and shows its own error page in the frame.
   */
  const refused = async (src: string) => {
    const blocked = page.waitForEvent('console', {
      predicate: (m) => m.text().includes('frame-ancestors') && m.text().includes('blocked'),
      timeout: 15_000,
    });
    const failed = page.waitForEvent('requestfailed', {
      predicate: (r) => r.url() === src,
      timeout: 15_000,
    });
    await page.goto(frameHost(src));
    const message = (await blocked).text();
    expect((await failed).failure()?.errorText).toBe('net::ERR_BLOCKED_BY_RESPONSE');
    const frame = await (await page.locator('iframe#embed').elementHandle())!.contentFrame();
    expect(frame!.url()).not.toContain(new URL(src).origin);
    const content = await frame!
      .evaluate(() => `${document.title}|${document.querySelector('#graph') !== null}`)
      .catch(() => 'inaccessible');
    expect(content).not.toMatch(/Essay graph|true/);
    return message;
  };

  it('should refuse to frame the explorer itself', async () => {
    expect(await refused(`${session.server.url}/?${PATH_QUERY}`)).toContain("'none'");
  });

  it('should refuse to frame /embed for an origin outside EMBED_ORIGINS', async () => {
    expect(await refused(`${narrowed.url}/embed?${PATH_QUERY}`)).toContain(
      'https://reports.example',
    );
  });
});

describe.skipIf(!HAS_CHROMIUM)("the explorer's Embed and Download actions", () => {
  let page: Page;

  beforeAll(async () => {
    page = await session.browser.newPage();
  });

  /** The explorer on the path, its list shown. */
  const openPath = async () => {
    await session.open(`/?${PATH_QUERY}`, page);
    await page.locator('.path-list > li').first().waitFor();
  };

  it('should give the iframe code of the view on screen, with a live preview', async () => {
    await openPath();
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    await dialog.waitFor();
    const code = await page.locator('#embed-code').inputValue();
    expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\?[^"]+" width="100%"/);
    expect(code).toContain('height="480" style="border:0"');
    expect(code).toContain('title="Mao Zedong → Nikita Khrushchev → De-Stalinization');
    expect(code).toContain('loading="lazy"');
    const src = new URL(code.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&'));
    expect(src.searchParams.get('from')).toBe('mao');
    expect(src.searchParams.get('to')).toBe('de-stalinization');
    await page.locator('#embed-theme').selectOption('dark');
    expect(await page.locator('#embed-code').inputValue()).toContain('theme=dark');
    const preview = page.frameLocator('#embed-preview');
    await preview.locator('body[data-ready="true"]').waitFor({ timeout: 20_000 });
    expect(await preview.locator('.embed-hop').count()).toBe(2);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('should download the view in every format, the path parameters included', async () => {
    await openPath();
    await page.getByRole('button', { name: 'Download' }).click();
    const items = page.getByRole('menuitem');
    expect(await items.count()).toBe(10);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toMatch(/PNG/);
    const hrefs = await items.evaluateAll((links) =>
      links.map((a) => (a as HTMLAnchorElement).href),
    );
    for (const href of hrefs) {
      const url = new URL(href);
      expect(url.searchParams.get('from')).toBe('mao-zedong');
      expect(url.searchParams.get('via')).toBe('nikita-khrushchev');
      const res = await page.request.get(href);
      expect(res.status(), href).toBe(200);
      expect(res.headers()['content-disposition']).toMatch(
        /^attachment; filename="path-mao-zedong/,
      );
    }
    const png = await page.request.get(hrefs[0]!);
    expect(png.headers()['content-type']).toBe('image/png');
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: /Markdown report/ }).click();
    // Several paths answer (k=3); the explorer draws the first, and the file holds that one and says so.
    expect((await download).suggestedFilename()).toBe(
      'path-mao-zedong-nikita-khrushchev-de-stalinization-path-1-report.md',
    );
    expect(await page.locator('#download-menu').isHidden()).toBe(true);
  });

  it('should close the menu with Escape and give focus back', async () => {
    await openPath();
    await page.locator('#download-button').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/SVG/);
    await page.keyboard.press('Escape');
    expect(await page.locator('#download-menu').isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('download-button');
  });
});
