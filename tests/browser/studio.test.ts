// The review studio in Chromium: a draft reviewed by keyboard alone, kept on reload, shown in the explorer; a phone.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { explorerSession, HAS_CHROMIUM, waitForGraph } from './helpers.js';
import { reviewDraftsCopy, THAW } from '../helpers/review-drafts.js';

const TOKEN = 'studio-test-token-0123456789';
const POLL = { timeout: 15_000, interval: 100 };

describe.skipIf(!HAS_CHROMIUM)('the review studio', () => {
  const session = explorerSession({
    corpus: reviewDraftsCopy(),
    editToken: TOKEN,
    phone: true,
    timeout: 180_000,
  });

  const openStudio = async (page: Page, withToken = true) => {
    const hash = withToken ? `#token=${TOKEN}` : '';
    await page.goto(`${session.server.url}/studio?doc=${THAW}${hash}`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true', null, {
      timeout: 20_000,
    });
  };
  const current = (page: Page) =>
    page.locator('#candidate-list [aria-selected="true"]').getAttribute('data-id');
  const statusOf = (page: Page, id: string) =>
    page.locator(`#candidate-list [data-id="${id}"]`).getAttribute('class');
  const sentenceOf = (page: Page, id: string) =>
    page.locator(`#candidate-list [data-id="${id}"] .candidate-sentence`).textContent();
  const said = (page: Page) => page.locator('#toast').textContent();

  it('should review a draft by keyboard alone: accept, reject, undo, edit the type', async () => {
    const { page } = session;
    await openStudio(page);
    // The token left the address bar; the list has the focus, on the first draft.
    expect(page.url()).not.toContain(TOKEN);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('candidate-list');
    await expect.poll(() => current(page), POLL).toBe('gomulka-leads-poland');
    expect(await page.locator('#progress-words').textContent()).toBe('2 of 4 reviewed');
    const evidence = await page.locator('#studio-text-body .evidence').allTextContents();
    expect(evidence.join('')).toMatch(/Gomulka returned to lead Poland/i);

    await page.keyboard.press('a');
    await expect
      .poll(() => statusOf(page, 'gomulka-leads-poland'), POLL)
      .toMatch(/status-accepted/);
    expect(await said(page)).toBe('Accepted: Wladyslaw Gomulka leads Poland');
    // Accepting the relation accepted its draft endpoint too (the server does it; the text shows it).
    await expect
      .poll(
        () => page.locator('[data-entity="wladyslaw-gomulka"]').first().getAttribute('data-status'),
        POLL,
      )
      .toBe('accepted');
    await expect.poll(() => current(page), POLL).toBe('mao-criticizes-khrushchev');
    expect(await page.locator('#progress-words').textContent()).toBe('3 of 4 reviewed');

    await page.keyboard.press('r');
    await expect
      .poll(() => statusOf(page, 'mao-criticizes-khrushchev'), POLL)
      .toMatch(/status-rejected/);
    await page.keyboard.press('u');
    await expect
      .poll(() => statusOf(page, 'mao-criticizes-khrushchev'), POLL)
      .toMatch(/status-draft/);
    await expect.poll(() => said(page), POLL).toMatch(/^Undone: Rejected/);

    await page.keyboard.press('e');
    const type = page.getByRole('combobox', { name: 'Type' });
    await expect.poll(() => type.evaluate((el) => el === document.activeElement), POLL).toBe(true);
    await page.keyboard.type('denoun');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.edit-preview').textContent(), POLL)
      .toBe('Mao Zedong denounced Nikita Khrushchev (1956)');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => statusOf(page, 'mao-criticizes-khrushchev'), POLL)
      .toMatch(/status-accepted/);
    expect(await sentenceOf(page, 'mao-criticizes-khrushchev')).toBe(
      'Mao Zedong denounced Nikita Khrushchev (1956)',
    );
    expect(await page.locator('#progress-words').textContent()).toBe('4 of 4 reviewed');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('candidate-list');
    expect(session.errors).toEqual([]);
  });

  it('should show the key help with ?, and close it with Escape', async () => {
    const { page } = session;
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keys' });
    await expect.poll(() => help.isVisible(), POLL).toBe(true);
    expect(await help.textContent()).toContain('Undo the last change');
    await page.keyboard.press('Escape');
    await expect.poll(() => help.isVisible(), POLL).toBe(false);
  });

  it('should keep the review on reload', async () => {
    const { page } = session;
    await openStudio(page, false);
    await expect
      .poll(() => statusOf(page, 'gomulka-leads-poland'), POLL)
      .toMatch(/status-accepted/);
    expect(await statusOf(page, 'mao-criticizes-khrushchev')).toMatch(/status-accepted/);
    expect(await statusOf(page, 'hungary-revolted-against-soviet-union')).toMatch(
      /status-rejected/,
    );
    expect(await sentenceOf(page, 'mao-criticizes-khrushchev')).toBe(
      'Mao Zedong denounced Nikita Khrushchev (1956)',
    );
  });

  it('should show the accepted relations in the explorer at once, and a path through them', async () => {
    const { page } = session;
    await page.locator('#studio-explorer').click();
    await waitForGraph(page);
    expect(new URL(page.url()).searchParams.get('doc')).toBe(THAW);
    const edges = await page.evaluate(() => {
      const { graph } = window.essayExplorer!;
      return graph.mapEdges((_e, a, s, t) => `${s} ${a.relation} ${t}`).sort();
    });
    expect(edges).toContain('mao-zedong denounced nikita-khrushchev');
    expect(edges).toContain('wladyslaw-gomulka leads poland');
    expect(edges.some((e) => e.startsWith('hungary'))).toBe(false);
    const answer = (await (
      await fetch(`${session.server.url}/api/paths?from=mao-zedong&to=joseph-stalin&k=1`)
    ).json()) as { paths: { narrative: string }[] };
    expect(answer.paths[0]?.narrative).toMatch(
      /^Mao Zedong .*denounced Nikita Khrushchev.*; Nikita Khrushchev .*denounced Joseph Stalin/,
    );
  });

  it('should add an entity from selected words, and a relation from two names clicked', async () => {
    const { page } = session;
    await openStudio(page);
    await selectWords(page, 'party congress');
    await expect.poll(() => page.locator('#studio-selection').isVisible(), POLL).toBe(true);
    await page.getByRole('button', { name: 'Add as entity…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an entity' });
    await expect.poll(() => dialog.isVisible(), POLL).toBe(true);
    await page.locator('#entity-label').fill('Party Congress');
    await page.locator('#entity-kind').selectOption('organization');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => dialog.isVisible(), POLL).toBe(false);
    await expect
      .poll(async () => {
        const names = await page.locator('#studio-text-body [data-entity]').allTextContents();
        return names.map((name) => name.toLowerCase());
      }, POLL)
      .toContain('party congress');

    await page.locator('#studio-text-body [data-entity="mao-zedong"]').first().click();
    await expect.poll(() => page.locator('#entity-card').textContent(), POLL).toMatch(/Mao Zedong/);
    await page.locator('#studio-text-body [data-entity="joseph-stalin"]').first().click();
    const type = page.getByRole('combobox', { name: 'Type' });
    await expect.poll(() => type.evaluate((el) => el === document.activeElement), POLL).toBe(true);
    await page.keyboard.type('admired');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect.poll(() => said(page), POLL).toBe('Added: Mao Zedong admires Joseph Stalin');
    expect(await page.locator('#candidate-list .candidate-sentence').allTextContents()).toContain(
      'Mao Zedong admires Joseph Stalin',
    );
    expect(session.errors).toEqual([]);
  });

  it('should take words selected in the text as the evidence of the relation edited', async () => {
    const { page } = session;
    const row = page.locator('#candidate-list [data-id="gomulka-leads-poland"]');
    await row.locator('[data-action="edit"]').click();
    await expect.poll(() => page.locator('#edit-panel').isVisible(), POLL).toBe(true);
    await selectWords(page, 'returned to lead');
    const use = page.getByRole('button', { name: 'Use selection as evidence' });
    await expect.poll(() => use.isVisible(), POLL).toBe(true);
    await use.click();
    await expect
      .poll(() => page.locator('.edit-evidence').textContent(), POLL)
      .toBe('“returned to lead”');
    await page.getByRole('button', { name: 'Save and accept' }).click();
    await expect
      .poll(() => row.locator('.candidate-quote').textContent(), POLL)
      .toBe('“returned to lead”');
  });

  it('should reload the annotations changed elsewhere, and re-apply the change asked for', async () => {
    const { page } = session;
    await openStudio(page);
    await page
      .locator('#candidate-list [data-id="gomulka-leads-poland"] .candidate-sentence')
      .click();
    await expect.poll(() => current(page), POLL).toBe('gomulka-leads-poland');
    // Another tab changes the file: the studio's version is stale now.
    const elsewhere = await fetch(
      `${session.server.url}/api/documents/${THAW}/relations/hungary-revolted-against-soviet-union`,
      {
        method: 'PATCH',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ note: 'Changed elsewhere.' }),
      },
    );
    expect(elsewhere.status).toBe(200);
    await page.keyboard.press('r');
    const banner = page.locator('#studio-conflict');
    await expect.poll(() => banner.isVisible(), POLL).toBe(true);
    expect(await statusOf(page, 'gomulka-leads-poland')).toMatch(/status-accepted/);
    await page.getByRole('button', { name: 'Re-apply my change' }).click();
    await expect
      .poll(() => statusOf(page, 'gomulka-leads-poland'), POLL)
      .toMatch(/status-rejected/);
    expect(await banner.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('candidate-list');
  });

  it('should open the studio from the library’s Review link when the tab has the edit token', async () => {
    const { page } = session;
    await session.open('/?doc=*');
    await page.getByRole('button', { name: 'Library' }).click();
    const review = page.getByRole('link', { name: 'Review The thaw' });
    await expect.poll(() => review.isVisible(), POLL).toBe(true);
    await review.click();
    await page.waitForFunction(() => document.body.dataset.ready === 'true', null, {
      timeout: 20_000,
    });
    expect(new URL(page.url()).pathname).toBe('/studio');
    expect(await page.locator('#studio-title').textContent()).toBe('Review: The thaw');
    // Every part stops what it started: no listener is left on the store once the studio is stopped.
    const left = await page.evaluate(() => {
      const studio = window.reviewStudio!;
      studio.stop();
      return studio.store.listenerCount();
    });
    expect(left).toBe(0);
  });

  it('should merge an entity of the document into a registry entity, its mentions following', async () => {
    const page = await session.browser.newPage();
    await openStudio(page);
    const congress = page.locator('#studio-text-body [data-entity="party-congress"]');
    await congress.first().click();
    const search = page.getByPlaceholder('Search the registry');
    await expect.poll(() => search.isVisible(), POLL).toBe(true);
    await search.fill('soviet');
    await page
      .locator('#entity-card')
      .getByRole('option', { name: /Soviet Union/ })
      .first()
      .click();
    await expect.poll(() => said(page), POLL).toBe('Merged Party Congress into Soviet Union');
    await expect.poll(() => congress.count(), POLL).toBe(0);
    const names = await page
      .locator('#studio-text-body [data-entity="soviet-union"]')
      .allTextContents();
    expect(names.map((n) => n.toLowerCase())).toContain('party congress');
    await page.close();
  });

  it('should say that reviewing needs the edit link when the tab has no token', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.url}/studio?doc=${THAW}`);
    const alert = page.locator('#studio-text-body [role="alert"]');
    await expect.poll(() => alert.textContent(), POLL).toMatch(/^Reviewing needs the edit link/);
    expect(await page.locator('#candidate-list [role="option"]:not([aria-disabled])').count()).toBe(
      0,
    );
    await page.close();
  });

  it('should stack the panels on a phone and take taps on a candidate’s buttons', async () => {
    const page = await session.phone.newPage();
    await openStudio(page);
    const text = await page.locator('.studio-text').boundingBox();
    const side = await page.locator('.studio-side').boundingBox();
    expect(side!.y).toBeGreaterThanOrEqual(text!.y + text!.height - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    const row = page.locator('#candidate-list [data-id="gomulka-leads-poland"]');
    await row.locator('[data-action="accept"]').tap();
    await expect.poll(() => row.getAttribute('class'), POLL).toMatch(/status-accepted/);
    expect(await current(page)).toBe('gomulka-leads-poland');
    await page.close();
  });
});

/** Selects the first occurrence of `words` inside one run of the studio's text, as a reader's drag would. */
async function selectWords(page: Page, words: string): Promise<void> {
  await page.evaluate((wanted) => {
    const runs = [...document.querySelectorAll('#studio-text-body [data-start]')];
    const run = runs.find((r) => r.textContent!.toLowerCase().includes(wanted))!;
    const at = run.textContent!.toLowerCase().indexOf(wanted);
    const range = document.createRange();
    range.setStart(run.firstChild!, at);
    range.setEnd(run.firstChild!, at + wanted.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }, words);
}
