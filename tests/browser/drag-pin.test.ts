// Dragging nodes with the mouse: the node moves (not the view), stays pinned through a reload, and can be unpinned.
import { describe, expect, it } from 'vitest';
import { explorerSession, HAS_CHROMIUM, nodePosition, waitForGraph } from './helpers.js';
import { cameraSettled } from './ui.js';

describe.skipIf(!HAS_CHROMIUM)('dragging and pinning nodes', () => {
  const session = explorerSession();
  const { open } = session;

  const cameraNow = () => session.page.evaluate(() => window.essayExplorer!.renderer.cameraView());
  const graphPosition = (id: string) =>
    session.page.evaluate((node) => {
      const { x, y } = window.essayExplorer!.graph.getNodeAttributes(node);
      return { x, y };
    }, id);
  const near = (a: { x: number; y: number }, b: { x: number; y: number }, within: number) =>
    Math.hypot(a.x - b.x, a.y - b.y) <= within;

  /** Drags a node by (dx, dy) pixels with the mouse; returns where it was let go. */
  const drag = async (id: string, dx: number, dy: number) => {
    const from = await nodePosition(session.page, id);
    await session.page.mouse.move(from.x, from.y);
    await session.page.mouse.down();
    await session.page.mouse.move(from.x + dx, from.y + dy, { steps: 10 });
    await session.page.mouse.up();
    return { x: from.x + dx, y: from.y + dy };
  };

  it('should move the dragged node, not the view, and pin it in the URL', async () => {
    await open();
    await cameraSettled(session.page);
    const camera = await cameraNow();
    const before = await graphPosition('china');
    const dropped = await drag('china', 90, 70);
    await expect
      .poll(async () => near(await nodePosition(session.page, 'china'), dropped, 3))
      .toBe(true);
    expect(await cameraNow()).toEqual(camera);
    expect(near(await graphPosition('china'), before, 1e-6)).toBe(false);
    await expect
      .poll(() => new URL(session.page.url()).searchParams.get('pins') ?? '')
      .toMatch(/^china:-?[\d.]+:-?[\d.]+$/);
    expect(await session.page.locator('#pins-chip').textContent()).toMatch(/China pinned/);

    // The link keeps the pin: reopened, China stands where it was dropped.
    const pinned = await graphPosition('china');
    await session.page.reload();
    await waitForGraph(session.page);
    expect(near(await graphPosition('china'), pinned, 1e-3)).toBe(true);

    // A second pin, then unpin all: both go back where they stood before.
    const mao = await graphPosition('mao-zedong');
    // The reopened view is centred on the selected China: fit the graph to reach Mao.
    await session.page.locator('#zoom-fit').click();
    await cameraSettled(session.page);
    await drag('mao-zedong', -60, 50);
    await expect
      .poll(() => session.page.locator('#pins-chip').textContent())
      .toMatch(/2 nodes pinned/);
    await session.page.locator('#pins-chip').getByRole('button', { name: 'Unpin all' }).click();
    await expect.poll(() => session.page.locator('#pins-chip').isHidden()).toBe(true);
    expect(new URL(session.page.url()).searchParams.get('pins')).toBeNull();
    expect(near(await graphPosition('mao-zedong'), mao, 1e-6)).toBe(true);
    expect(near(await graphPosition('china'), before, 1e-6)).toBe(true);
    expect(session.errors).toEqual([]);
  });

  it('should leave a pinned node where it was dropped through a re-layout', async () => {
    await open();
    await cameraSettled(session.page);
    await drag('china', 60, -40);
    await expect.poll(() => new URL(session.page.url()).searchParams.get('pins')).not.toBeNull();
    const pinned = await graphPosition('china');
    const russia = await graphPosition('russia');
    await session.page.getByRole('button', { name: 'Re-layout' }).click();
    await session.page.locator('#reset-layout').waitFor({ timeout: 20_000 });
    expect(near(await graphPosition('russia'), russia, 1e-6)).toBe(false);
    // The layout works in 32-bit floats: a pinned node keeps its place to within their precision.
    expect(near(await graphPosition('china'), pinned, 1e-3)).toBe(true);
  });

  it('should still pan the view when the drag starts on the empty canvas', async () => {
    await open();
    const camera = await cameraNow();
    const box = (await session.page.locator('#graph').boundingBox())!;
    await session.page.mouse.move(box.x + box.width / 2, box.y + 30);
    await session.page.mouse.down();
    await session.page.mouse.move(box.x + box.width / 2 + 80, box.y + 60, { steps: 8 });
    await session.page.mouse.up();
    await expect.poll(async () => (await cameraNow()).x !== camera.x).toBe(true);
    expect(new URL(session.page.url()).searchParams.get('pins')).toBeNull();
  });
});
