// Teardown: after the explorer's stop(), no store subscription, page listener, play timer or layout worker is left.
import { describe, expect, it } from 'vitest';
import { explorerSession, HAS_CHROMIUM } from './helpers.js';

/**
 * Runs before the page's own scripts: counts the workers made and terminated, the intervals running, and the
 * listeners on document and window (removed by removeEventListener or by their AbortSignal).
 */
const RECORDER = `(() => {
  const record = { workers: 0, terminated: 0, intervals: new Set(), listeners: [] };
  window.__teardown = record;
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(...args) { super(...args); record.workers++; }
    terminate() { record.terminated++; return super.terminate(); }
  };
  const nativeSetInterval = window.setInterval.bind(window);
  const nativeClearInterval = window.clearInterval.bind(window);
  window.setInterval = (...args) => { const id = nativeSetInterval(...args); record.intervals.add(id); return id; };
  window.clearInterval = (id) => { record.intervals.delete(id); nativeClearInterval(id); };
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const capture = (options) => typeof options === 'boolean' ? options : !!options?.capture;
  // Only the page's scripts (built into /assets/) count: Playwright adds listeners of its own to drive the page.
  const fromPage = () => (new Error().stack ?? '').includes('/assets/');
  const drop = (entry) => { record.listeners = record.listeners.filter((e) => e !== entry); };
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if ((this === window || this === document) && !options?.once && fromPage()) {
      const entry = { target: this === window ? 'window' : 'document', type, listener, capture: capture(options) };
      record.listeners.push(entry);
      options?.signal?.addEventListener('abort', () => drop(entry));
    }
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    const entry = record.listeners.find((e) => e.type === type && e.listener === listener && e.capture === capture(options));
    if (entry) drop(entry);
    return remove.call(this, type, listener, options);
  };
})();`;

interface Left {
  subscriptions: number;
  workers: number;
  terminated: number;
  intervals: number;
  listeners: string[];
}

declare global {
  interface Window {
    __teardown: {
      workers: number;
      terminated: number;
      intervals: Set<number>;
      listeners: { target: string; type: string }[];
    };
  }
}

describe.skipIf(!HAS_CHROMIUM)('teardown', () => {
  const session = explorerSession({ initScript: RECORDER });

  it('should stop the layout worker, the play timer, every subscription and its page listeners', async () => {
    const { page } = session;
    await session.open('/');
    await page.locator('#relayout').click();
    await expect.poll(() => page.evaluate(() => window.__teardown.workers)).toBeGreaterThan(0);
    await page.locator('#year-play').click();
    await expect.poll(() => page.evaluate(() => window.__teardown.intervals.size)).toBe(1);
    expect(await page.evaluate(() => window.essayExplorer!.store.listenerCount())).toBeGreaterThan(
      0,
    );

    await page.evaluate(() => window.essayExplorer!.stop!());
    const left = (): Promise<Left> =>
      page.evaluate(() => {
        const record = window.__teardown;
        return {
          subscriptions: window.essayExplorer!.store.listenerCount(),
          workers: record.workers,
          terminated: record.terminated,
          intervals: record.intervals.size,
          listeners: record.listeners.map((e) => `${e.target}:${e.type}`).sort(),
        };
      });
    await expect.poll(async () => (await left()).terminated).toBe((await left()).workers);
    const after = await left();
    expect(after.subscriptions).toBe(0);
    expect(after.intervals).toBe(0);
    // Every listener the explorer's parts added to the page is gone.
    expect(after.listeners).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
