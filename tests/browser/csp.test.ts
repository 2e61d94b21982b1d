// The Content-Security-Policy against the real pages: the explorer, the embed and /api/docs break none of it.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { explorerSession, HAS_CHROMIUM, waitForGraph } from './helpers.js';

/** Runs before any page script: every CSP violation of the page is kept for the test to read. */
const RECORD_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + (e.sample || ''));
  });
`;

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

/** Console messages that report something the policy refused, and uncaught errors (a refused worker…). */
function cspConsole(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) messages.push(m.text());
  });
  page.on('pageerror', (e) => messages.push(e.message));
  return messages;
}

describe.skipIf(!HAS_CHROMIUM)('Content-Security-Policy in the browser', () => {
  const session = explorerSession({ page: false, initScript: RECORD_VIOLATIONS, timeout: 120_000 });

  it('should send a tight policy: styles from the app only, style attributes, fonts from the app', async () => {
    const policy = (await fetch(session.server.url)).headers.get('content-security-policy')!;
    const directives = Object.fromEntries(
      policy.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives['style-src']).toBe("'self'");
    expect(directives['style-src-attr']).toBe("'unsafe-inline'");
    expect(directives['font-src']).toBe("'self'");
    expect(directives['worker-src']).toBe("'self' blob:");
    expect(directives['script-src']).toBe("'self'");
  });

  /** Opens `path` on a fresh page, lets `use` act on it, then finds no violation and no refusal in its console. */
  async function expectNoViolation(path: string, use: (page: Page) => Promise<void>) {
    const page = await session.browser.newPage();
    const errors = cspConsole(page);
    await page.goto(`${session.server.url}${path}`);
    await use(page);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }

  it('should run the explorer, a path query and its reader with no violation', async () => {
    await expectNoViolation('/?from=mao&via=khrushchev&to=de-stalinization', async (page) => {
      await waitForGraph(page);
      await page.locator('#path-results li').first().waitFor();
      await page.getByRole('button', { name: 'Download' }).click();
      await page.getByRole('button', { name: 'Embed' }).click();
      await page.locator('#embed-code').waitFor();
    });
  });

  it('should run the embed with no violation', async () => {
    await expectNoViolation(
      '/embed?from=mao&via=khrushchev&to=de-stalinization&theme=dark',
      async (page) => {
        await waitForGraph(page);
      },
    );
  });

  it('should style /api/docs through the hash of its one inline style, with no violation', async () => {
    await expectNoViolation('/api/docs', async (page) => {
      await page.locator('h1').waitFor();
      // The inline style applies: tables collapse their borders.
      expect(
        await page
          .locator('table')
          .first()
          .evaluate((t) => getComputedStyle(t).borderCollapse),
      ).toBe('collapse');
    });
  });
});
