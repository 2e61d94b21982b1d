// In Chromium: a date the essay does not give is shown as such, with its source; hops and counts read as English.
import { describe, expect, it } from 'vitest';
import { explorerSession, HAS_CHROMIUM } from './helpers.js';

describe.skipIf(!HAS_CHROMIUM)('dates and wording in the explorer', () => {
  const session = explorerSession();
  const { open } = session;

  it('should mark a tenure date as not in the essay and give its source', async () => {
    await open(`/?edge=${encodeURIComponent('nikita-khrushchev.leads.soviet-union')}`);
    const title = session.page.locator('#details-title');
    await title.waitFor();
    expect(await title.textContent()).toBe('Nikita Khrushchev led the Soviet Union');
    const provenance = session.page.locator('#tab-details .badge.provenance');
    expect(await provenance.textContent()).toBe('by the holder’s tenure, not in the essay');
    expect(await session.page.locator('#tab-details .date-source').textContent()).toContain(
      'until his ouster in October 1964',
    );
  });

  it('should state a hop travelled backwards with its real subject first', async () => {
    await open(`/?from=russia&to=united-states`);
    const hop = session.page.locator('.path-list .hop-line').first();
    await hop.waitFor();
    expect(await hop.textContent()).toBe('The United States is drawing closer to Russia');
  });

  it('should count one mention as one sentence, not "1 sentences"', async () => {
    await open();
    await session.page.locator('#search').fill('saivetz');
    await session.page
      .getByRole('option', { name: /Carol Saivetz/ })
      .first()
      .waitFor();
    await session.page.locator('#search').press('Enter');
    const heading = session.page.locator('#tab-details .mentions .section-title');
    await heading.waitFor();
    expect(await heading.textContent()).toBe('Mentioned in 1 sentence');
  });
});
