// Shared set-up for the browser tests: build the client once per file, serve it in-process, drive Chromium.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { createApp, type AppOptions } from '../../server/app.js';
import { openCorpusLibrary } from '../../server/corpus-library.js';
import { fixedEssay } from '../../server/essay-source.js';
import { loadEssay } from '../../graph/essay.js';

import { HAS_CHROMIUM, launchBrowser } from '../helpers/chromium.js';
import { DRAWN_LAYOUT } from '../../export/drawn-graph.js';

export { HAS_CHROMIUM } from '../helpers/chromium.js';

const ROOT = resolve(import.meta.dirname, '../..');
export const CORPUS = join(ROOT, 'corpus/zivo-russia-china');
const ARTIFACTS = join(ROOT, 'tests/.artifacts');

/** Builds the client into a fresh folder: each test file has its own, so parallel files never race on dist/. */
async function buildClient(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'essay-client-'));
  await build({
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, reportCompressedSize: false },
  });
  return outDir;
}

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `corpus` read-only; with an `editToken`, as a library that takes writes bearing it (give it a copy of a
 * corpus: writes change the folder).
 */
export async function startServer(
  clientDir: string,
  corpus = CORPUS,
  app: Partial<AppOptions> = { devDatasets: true },
  editToken?: string,
): Promise<TestServer> {
  const options = { layout: DRAWN_LAYOUT };
  const library = editToken ? await openCorpusLibrary(corpus, options) : undefined;
  const express = createApp({
    source: library ?? fixedEssay(await loadEssay(corpus, options)),
    clientDir,
    ...(library ? { library, edit: { token: editToken!, readOnly: false } } : {}),
    ...app,
  });
  const server: Server = await new Promise((done) => {
    const s = express.listen(0, '127.0.0.1', () => done(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** A 390 px phone, as the phone tests hold it. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
} as const;

type LaunchOptions = Parameters<typeof launchBrowser>[0];

export interface ExplorerSessionOptions {
  /** How Chromium is launched (viewport, device): a 1440×900 desktop unless told. */
  browser?: LaunchOptions;
  /** The corpus folder served (the real essay unless told; tests/fixtures/two-essays for several documents). */
  corpus?: string;
  /** Serve the corpus as a library that takes writes bearing this token (give a copy of a corpus). */
  editToken?: string;
  /** App settings instead of the default `{ devDatasets: true }` (a rate limit, say). */
  app?: Partial<AppOptions>;
  /** A script every page runs before its own (a trap, a recorder). */
  initScript?: string;
  /** Open one page up front (default); `false` for files that open a page per test. */
  page?: boolean;
  /** Also launch a second browser, a phone (`PHONE`) unless other options are given. */
  phone?: boolean | LaunchOptions;
  /** The set-up's time limit (ms), for files whose first build is slow to come. */
  timeout?: number;
}

export interface ExplorerSession {
  readonly clientDir: string;
  readonly server: TestServer;
  readonly browser: BrowserContext;
  /** The phone browser of `{ phone: true }`. */
  readonly phone: BrowserContext;
  /** The page opened up front (not with `{ page: false }`). */
  readonly page: Page;
  /** Console errors and uncaught exceptions of `page`. */
  readonly errors: string[];
  /** Goes to `path` of the server on `page` (or `on`) and waits for the graph's first frame. */
  open(path?: string, on?: Page): Promise<void>;
}

/**
 * The set-up every browser file shares: registers beforeAll/afterAll in the calling describe block (or file) that
 * build the client, serve it in-process, launch Chromium and open a page collecting its errors, then close it all.
 * Read what it made through the returned getters, inside tests and hooks.
 */
export function explorerSession(options: ExplorerSessionOptions = {}): ExplorerSession {
  let clientDir: string | undefined;
  let server: TestServer | undefined;
  let browser: BrowserContext | undefined;
  let phone: BrowserContext | undefined;
  let page: Page | undefined;
  let errors: string[] = [];
  const made = <T>(value: T | undefined, what: string): T => {
    if (value === undefined)
      throw new Error(`explorerSession: no ${what} (not set up yet, or not asked for)`);
    return value;
  };

  beforeAll(async () => {
    if (!HAS_CHROMIUM) return;
    clientDir = await buildClient();
    server = await startServer(clientDir, options.corpus, options.app, options.editToken);
    const phoneOptions = options.phone === true ? PHONE : options.phone || undefined;
    [browser, phone] = await Promise.all([
      launchBrowser(options.browser),
      phoneOptions ? launchBrowser(phoneOptions) : undefined,
    ]);
    if (options.initScript) await browser.addInitScript(options.initScript);
    if (options.page !== false) {
      page = await browser.newPage();
      errors = collectErrors(page);
    }
  }, options.timeout);

  afterAll(async () => {
    await Promise.all([browser?.close(), phone?.close()]);
    await server?.close();
  });

  return {
    get clientDir() {
      return made(clientDir, 'client build');
    },
    get server() {
      return made(server, 'server');
    },
    get browser() {
      return made(browser, 'browser');
    },
    get phone() {
      return made(phone, 'phone browser');
    },
    get page() {
      return made(page, 'page');
    },
    get errors() {
      return errors;
    },
    async open(path = '/', on?: Page) {
      const target = on ?? made(page, 'page');
      await target.goto(`${made(server, 'server').url}${path}`);
      await waitForGraph(target);
    },
  };
}

/** Where a node is drawn, in page coordinates (for clicks and taps). */
export async function nodePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((node) => {
    const { renderer, graph } = window.essayExplorer!;
    const p = renderer.sigma.graphToViewport(graph.getNodeAttributes(node));
    const box = renderer.sigma.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}

/** Is an edge between two nodes drawn right now (per sigma's reduced display data)? */
export async function edgeShown(page: Page, source: string, target: string): Promise<boolean> {
  return page.evaluate(
    ([s, t]) => {
      const { renderer, graph } = window.essayExplorer!;
      return graph.edges(s, t).some((e) => renderer.sigma.getEdgeDisplayData(e)?.hidden === false);
    },
    [source, target] as const,
  );
}

/** Console errors and uncaught exceptions of a page, for a "no errors" assertion. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Waits until sigma has drawn its first frame (the client stamps the time on <html>). */
export async function waitForGraph(page: Page): Promise<number> {
  await page.waitForFunction(
    () => document.documentElement.dataset.firstFrame !== undefined,
    null,
    {
      timeout: 20_000,
    },
  );
  return Number(await page.evaluate(() => document.documentElement.dataset.firstFrame));
}

/**
 * Pixels of the graph canvas area (or of `area`) that differ from its first pixel: a screenshot, decoded in the
 * page itself (an <img> drawn onto a 2D canvas), so the test needs no PNG decoder.
 */
export async function drawnPixels(
  page: Page,
  area: Locator = page.locator('#graph'),
): Promise<number> {
  const png = await area.screenshot();
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    const [r0, g0, b0] = [data[0]!, data[1]!, data[2]!];
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      const d = Math.abs(data[i]! - r0) + Math.abs(data[i + 1]! - g0) + Math.abs(data[i + 2]! - b0);
      if (d > 60) count++;
    }
    return count;
  }, png.toString('base64'));
}

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  const dir = join(ARTIFACTS, 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
  // UPDATE_SCREENSHOTS=1 refreshes the pictures the README and docs show.
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    const docs = join(ROOT, 'docs/screenshots');
    mkdirSync(docs, { recursive: true });
    await page.screenshot({ path: join(docs, `${name}.png`) });
  }
}

export function recordTimings(name: string, timings: Record<string, unknown>): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, `${name}.json`), `${JSON.stringify(timings, null, 2)}\n`);
}
