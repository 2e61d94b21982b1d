// The explorer in headless Chromium on a desktop screen: drawing, search, paths, time, reader, URL state.
import { describe, expect, it } from 'vitest';
import {
  drawnPixels,
  edgeShown,
  explorerSession,
  HAS_CHROMIUM,
  nodePosition,
  saveScreenshot,
} from './helpers.js';
import { cameraSettled, unfoldLegend } from './ui.js';

describe.skipIf(!HAS_CHROMIUM)('explorer (desktop)', () => {
  const session = explorerSession();
  const { open } = session;

  it('should draw the graph with no console errors', async () => {
    await open('/');
    await expect.poll(() => drawnPixels(session.page)).toBeGreaterThan(5_000);
    // On this stage width the legend starts folded; unfolding it shows the kinds as filter toggles.
    await unfoldLegend(session.page);
    expect(
      await session.page.locator('#legend-body .legend-toggle:visible').count(),
    ).toBeGreaterThanOrEqual(6);
    await saveScreenshot(session.page, 'overview');
    expect(session.errors).toEqual([]);
  });

  it('should find Khrushchev from a misspelling and select him', async () => {
    await open('/');
    await session.page.locator('#search').fill('krushch');
    const option = session.page.getByRole('option', { name: /Khrushchev/ });
    await option.waitFor();
    await session.page.locator('#search').press('ArrowDown');
    expect(
      await session.page.locator('#search').getAttribute('aria-activedescendant'),
    ).toBeTruthy();
    await session.page.locator('#search').press('Enter');
    await session.page.locator('#details-title', { hasText: 'Nikita Khrushchev' }).waitFor();
    expect(new URL(session.page.url()).searchParams.get('node')).toBe('nikita-khrushchev');
    expect(await session.page.locator('#tab-details .quote').count()).toBeGreaterThan(0);
    // Selecting him moves the camera to him: the picture is taken once it rests.
    await cameraSettled(session.page);
    await saveScreenshot(session.page, 'entity');
  });

  it('should answer a path typed in the form with a numbered chain and quotes', async () => {
    await open('/');
    await session.page.getByRole('tab', { name: 'Paths' }).first().click();
    // Typed the way a person would: a name, pick the suggestion with Enter, then the next field.
    await session.page.locator('#path-from').fill('mao');
    await session.page.getByRole('option', { name: /Mao Zedong/ }).waitFor();
    await session.page.locator('#path-from').press('Enter');
    await session.page.locator('#path-to').fill('putin');
    await session.page.getByRole('option', { name: /Vladimir Putin/ }).waitFor();
    await session.page.locator('#path-to').press('Enter');
    await session.page.getByRole('button', { name: 'Find paths' }).click();
    const first = session.page.locator('.path-list > li').first();
    await first.waitFor();
    expect(await first.locator('.hop').count()).toBeGreaterThan(0);
    expect(await first.locator('.quote mark').count()).toBeGreaterThan(0);
    expect(await first.locator('.path-summary').textContent()).toMatch(
      /^Mao Zedong → .* → Vladimir Putin$/,
    );
    expect(new URL(session.page.url()).searchParams.get('from')).toBe('mao-zedong');
    await cameraSettled(session.page);
    await saveScreenshot(session.page, 'path');
  });

  it('should open a path query from a URL, waypoints included', async () => {
    await open('/?from=mao-zedong&via=richard-nixon&to=china&k=2');
    const first = session.page.locator('.path-list > li').first();
    await first.waitFor();
    const summary = await first.locator('.path-summary').textContent();
    expect(summary).toMatch(/^Mao Zedong → .*Richard Nixon.* → China$/);
    expect(await first.locator('.quote').count()).toBeGreaterThan(0);
    expect(await session.page.locator('#path-from').inputValue()).toBe('Mao Zedong');
    expect(await session.page.locator('#path-via-0').inputValue()).toBe('Richard Nixon');
  });

  it('should show a relation opened from a URL with its quote in its sentence', async () => {
    await open('/?edge=' + encodeURIComponent('donald-trump.appeases.vladimir-putin'));
    await session.page.locator('#details-title', { hasText: 'appeases' }).waitFor();
    expect(await session.page.locator('#tab-details .quote mark').count()).toBeGreaterThan(0);
    expect(await session.page.locator('#reader-body .sentence.lit').count()).toBeGreaterThan(0);
  });

  it('should explain an unknown name and offer suggestions', async () => {
    await open('/?q=' + encodeURIComponent('zzqx -> putin'));
    await session.page.locator('#path-problem').waitFor();
    expect(await session.page.locator('#path-problem').textContent()).toMatch(/zzqx/);
    // Chromium logs every 4xx answer to fetch() as a console error; this one is expected, so it is dropped.
    expect(session.errors.every((e) => e.includes('status of 404'))).toBe(true);
    session.errors.length = 0;
  });

  it('should drop Trump–Putin at 1969 and bring it back in 2025', async () => {
    await open('/');
    expect(await edgeShown(session.page, 'donald-trump', 'vladimir-putin')).toBe(true);
    await session.page.locator('#year-slider').fill('1969');
    await expect.poll(() => edgeShown(session.page, 'donald-trump', 'vladimir-putin')).toBe(false);
    expect(await session.page.locator('#year-value').textContent()).toBe('1969');
    expect(new URL(session.page.url()).searchParams.get('year')).toBe('1969');
    await saveScreenshot(session.page, 'year-1969');
    await session.page.locator('#year-slider').fill('2025');
    await expect.poll(() => edgeShown(session.page, 'donald-trump', 'vladimir-putin')).toBe(true);
  });

  it('should link the reader and the graph both ways', async () => {
    await open('/');
    // Reader → graph: a mention selects its node.
    await session.page.locator('#reader-body a.mention[data-node="joseph-stalin"]').first().click();
    await session.page.locator('#details-title', { hasText: 'Joseph Stalin' }).waitFor();
    // Graph → reader: clicking a node lights its sentences and scrolls the reader to them.
    await session.page.locator('#reader-body').evaluate((el) => el.scrollTo(0, 0));
    // Selecting Stalin moved the camera to him: Mao is clicked where he rests, not mid-move. On a starved CPU the
    // camera can still be easing when the click lands, so he is clicked where he is until he is selected (a click
    // on a node only ever selects it).
    await cameraSettled(session.page);
    await expect
      .poll(async () => {
        const at = await nodePosition(session.page, 'mao-zedong');
        await session.page.mouse.click(at.x, at.y);
        return session.page.locator('#details-title').textContent();
      })
      .toBe('Mao Zedong');
    const lit = session.page.locator('#reader-body .sentence.lit');
    expect(await lit.count()).toBeGreaterThan(0);
    await expect
      .poll(() => session.page.locator('#reader-body').evaluate((el) => el.scrollTop))
      .toBeGreaterThan(0);
  });

  it('should restore the previous view on back', async () => {
    await open('/?node=china');
    // The view has come to rest and written its camera to the URL: Russia's selection is a history entry of its own.
    await session.page.locator('#details-title', { hasText: 'China' }).waitFor();
    await expect.poll(() => new URL(session.page.url()).searchParams.has('cam')).toBe(true);
    await session.page.locator('#tab-details a[data-node="russia"]').first().click();
    await session.page.locator('#details-title', { hasText: 'Russia' }).waitFor();
    await session.page.goBack();
    await session.page.locator('#details-title', { hasText: 'China' }).waitFor();
    expect(new URL(session.page.url()).searchParams.get('node')).toBe('china');
  });

  it('should look finished in dark mode too', async () => {
    await session.page.emulateMedia({ colorScheme: 'dark' });
    await open('/?node=vladimir-putin&year=2025');
    await expect
      .poll(() => session.page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('dark');
    await cameraSettled(session.page);
    await saveScreenshot(session.page, 'dark');
    await session.page.emulateMedia({ colorScheme: 'light' });
    expect(session.errors).toEqual([]);
  });
});
