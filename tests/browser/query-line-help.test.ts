// The one-line query box's help in headless Chromium: what it shows parses, and its example runs.
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePathQuery } from '../../graph/query/syntax.js';
import { explorerSession, HAS_CHROMIUM } from './helpers.js';

describe.skipIf(!HAS_CHROMIUM)('one-line query help', () => {
  const session = explorerSession();

  beforeAll(async () => {
    await session.open();
    await session.page.getByRole('tab', { name: 'Paths' }).first().click();
  });

  it('should show only what the parser accepts', async () => {
    const shown = await session.page.locator('#query-line-help code').allTextContents();
    expect(shown.length).toBeGreaterThan(1);
    for (const text of shown) {
      // A whole query is parsed as it is; an option, after two entities.
      const line = text.includes('->') ? text : `mao -> stalin ${text}`;
      expect(() => parsePathQuery(line), text).not.toThrow();
    }
  });

  it('should answer its example when it is typed into the query box', async () => {
    const example = await session.page
      .locator('#query-line-help code', { hasText: '->' })
      .textContent();
    await session.page.locator('#query-line').fill(example!);
    await session.page.locator('#query-line').press('Enter');
    await session.page.locator('.path-list > li').first().waitFor();
    expect(await session.page.locator('#path-problem').count()).toBe(0);
    expect(new URL(session.page.url()).searchParams.get('q')).toBe(example);
  });
});
