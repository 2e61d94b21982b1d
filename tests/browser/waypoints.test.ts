// Waypoints in the path form: moved up or down, each keeps the entity chosen in it, and the question asks them in order.
import { describe, expect, it } from 'vitest';
import { explorerSession, HAS_CHROMIUM } from './helpers.js';

describe.skipIf(!HAS_CHROMIUM)('waypoints', () => {
  const session = explorerSession();

  it('should move a waypoint down with its entity and ask the waypoints in the new order', async () => {
    const { page } = session;
    await session.open('/?from=mao-zedong&via=richard-nixon&via=joseph-stalin&to=vladimir-putin');
    await page.locator('#path-results[aria-busy="false"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('#path-via-0').inputValue()).toBe('Richard Nixon');
    await page.getByRole('button', { name: 'Move waypoint 1 down' }).click({ timeout: 5_000 });
    expect(await page.locator('#path-via-0').inputValue()).toBe('Joseph Stalin');
    expect(await page.locator('#path-via-1').inputValue()).toBe('Richard Nixon');
    // The moved field has the keyboard, for a second move.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('path-via-1');
    await page.getByRole('button', { name: 'Find paths' }).click();
    // The ids travel, not the labels: the question names the entities chosen.
    await expect
      .poll(() => new URL(page.url()).searchParams.getAll('via'))
      .toEqual(['joseph-stalin', 'richard-nixon']);
    expect(session.errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
  });
});
