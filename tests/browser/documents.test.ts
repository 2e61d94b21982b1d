// Several documents in the explorer: the library, the corpus view and its legend, the reader, links, adding one.
import { describe, expect, it } from 'vitest';
import { explorerSession, HAS_CHROMIUM } from './helpers.js';
import { viewSnapshot } from './view-snapshot.js';
import { twoEssaysCopy } from '../helpers/two-essays.js';

const TOKEN = 'test-edit-token-0123456789';

describe.skipIf(!HAS_CHROMIUM)('documents in the explorer', () => {
  const session = explorerSession({ corpus: twoEssaysCopy(), editToken: TOKEN });
  const { open } = session;
  const readerDoc = () => session.page.locator('#reader-body').getAttribute('data-doc');

  it('should list the documents in the library and open one, scoped to it', async () => {
    const { page } = session;
    await open('/?doc=*');
    await page.getByRole('button', { name: 'Library' }).click();
    const items = page.locator('#library-list > li');
    await expect.poll(() => items.count()).toBe(2);
    expect(await page.locator('#library-totals').textContent()).toMatch(
      /^2 documents · \d+ entities · 5 relations$/,
    );
    expect(await items.first().textContent()).toContain('The secret speech');
    await page.getByRole('button', { name: 'Open Mao and Moscow' }).click();
    await expect.poll(() => readerDoc()).toBe('mao-and-moscow');
    const view = await viewSnapshot(page);
    expect(view.edgeDocs).toEqual(['mao-and-moscow']);
    expect(new URL(page.url()).searchParams.getAll('doc')).toEqual(['mao-and-moscow']);
    expect(await page.locator('#essay-title').textContent()).toBe('Mao and Moscow');
  });

  it('should suggest in the search box only the entities of the documents in view', async () => {
    const { page } = session;
    const suggestions = async (scope: string) => {
      await open(`/?doc=${scope}`);
      await page.locator('#search').fill('stalin');
      await page
        .getByRole('option', { name: /Joseph Stalin/ })
        .first()
        .waitFor();
      return page.getByRole('option').allTextContents();
    };
    expect((await suggestions('mao-and-moscow')).join(' ')).not.toMatch(/De-Stalinization/);
    expect((await suggestions('*')).join(' ')).toMatch(/De-Stalinization/);
  });

  it('should toggle documents in the legend of the corpus view, and group relations by document', async () => {
    const { page } = session;
    await open('/?doc=*&node=nikita-khrushchev');
    const legend = page.locator('#legend-body .legend-group.documents');
    if (await page.locator('#legend').evaluate((el) => el.classList.contains('collapsed')))
      await page.locator('#legend-collapse').click();
    await legend.getByRole('button', { name: /Mao and Moscow/ }).click();
    await expect.poll(async () => (await viewSnapshot(page)).edgeDocs).toEqual(['secret-speech']);
    expect(new URL(page.url()).searchParams.getAll('doc')).toEqual(['secret-speech']);
    await legend.getByRole('button', { name: 'All' }).click();
    await expect
      .poll(async () => (await viewSnapshot(page)).edgeDocs.sort())
      .toEqual(['mao-and-moscow', 'secret-speech']);
    const groups = page.locator('#tab-details .document-relations');
    await expect.poll(() => groups.count()).toBe(2);
    expect(await groups.locator('.document-title').allTextContents()).toEqual([
      'The secret speech',
      'Mao and Moscow',
    ]);
    expect(session.errors).toEqual([]);
  });

  it('should switch the reader to the document of the evidence followed, its mentions linked', async () => {
    const { page } = session;
    await open('/?doc=*&node=nikita-khrushchev');
    await expect.poll(() => readerDoc()).toBe('secret-speech');
    const quote = page
      .locator('#tab-details .document-relations[data-doc="mao-and-moscow"] .quote-source')
      .first();
    await quote.click();
    await expect.poll(() => readerDoc()).toBe('mao-and-moscow');
    await expect
      .poll(() => page.locator('#reader-body .mention[data-node="mao-zedong"]').count())
      .toBeGreaterThan(0);
    await page
      .locator('#tab-details .document-relations[data-doc="mao-and-moscow"] .edge-link')
      .first()
      .click();
    await expect.poll(() => page.locator('#reader-body .sentence.lit').count()).toBeGreaterThan(0);
    expect(await readerDoc()).toBe('mao-and-moscow');
  });

  it('should carry the scope into the embed code', async () => {
    const { page } = session;
    await open('/?doc=secret-speech&node=nikita-khrushchev');
    await page.getByRole('button', { name: 'Embed' }).click();
    const code = await page.locator('#embed-code').inputValue();
    const src = new URL(code.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&'));
    expect(src.searchParams.getAll('doc')).toEqual(['secret-speech']);
    await page.keyboard.press('Escape');
  });

  it('should say what adding a document needs, then add one with the edit link and open it', async () => {
    const { page } = session;
    await open('/?doc=*');
    await page.getByRole('button', { name: 'Library' }).click();
    await page.getByRole('button', { name: 'Add a document' }).click();
    await expect.poll(() => page.locator('#add-token-note').isVisible()).toBe(true);
    await page.locator('#add-text').fill('Stalin and Khrushchev quarrelled in Moscow.');
    await page.locator('#add-title').fill('A quarrel');
    await page.getByRole('button', { name: 'Add the document' }).click();
    await expect
      .poll(() => page.locator('#add-message').textContent())
      .toMatch(/^Adding documents needs the edit link/);

    // The edit link as the server prints it: the page takes the token out of the address at start.
    await open(`/#token=${TOKEN}`);
    await page.getByRole('button', { name: 'Library' }).click();
    await page.getByRole('button', { name: 'Add a document' }).click();
    expect(await page.locator('#add-token-note').isVisible()).toBe(false);
    await page.locator('#add-text').fill('Stalin and Khrushchev quarrelled in Moscow.');
    await page.locator('#add-title').fill('A quarrel');
    await page.getByLabel(/Draft its entities and relations/).uncheck();
    await page.getByRole('button', { name: 'Add the document' }).click();
    await page.waitForURL(/doc=a-quarrel/);
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    await expect.poll(() => readerDoc()).toBe('a-quarrel');
    await expect
      .poll(() => page.locator('#reader-body .mention[data-node="joseph-stalin"]').count())
      .toBeGreaterThan(0);
  });

  it('should add a document, draft it and open it in the review studio, drafts listed', async () => {
    const { page } = session;
    await open(`/#token=${TOKEN}`);
    await page.getByRole('button', { name: 'Library' }).click();
    await page.getByRole('button', { name: 'Add a document' }).click();
    await page
      .locator('#add-text')
      .fill('In 1956, Nikita Khrushchev denounced Joseph Stalin before the party congress.');
    await page.locator('#add-title').fill('The speech retold');
    expect(await page.getByLabel(/Draft its entities and relations/).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Add the document' }).click();
    await page.waitForURL(/\/studio\?doc=the-speech-retold/);
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    const sentences = page.locator('#candidate-list .candidate-sentence');
    await expect
      .poll(() => sentences.allTextContents())
      .toContain('Nikita Khrushchev denounced Joseph Stalin (1956)');
  });
});
