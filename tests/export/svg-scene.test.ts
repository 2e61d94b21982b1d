import { describe, expect, it } from 'vitest';
import { buildScene, numberHops, overlapArea, type Box } from '../../export/svg-scene.js';
import { textWidth } from '../../export/text-metrics.js';
import { miniView, trickyView, twoPathView } from './views.js';

const PLOT: Box = { x: 0, y: 0, w: 1200, h: 800 };

function labelBox(l: {
  x: number;
  y: number;
  anchor: string;
  size: number;
  bold: boolean;
  text: string;
}): Box {
  const w = textWidth(l.text, l.size, l.bold);
  const x = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
  return { x, y: l.y - l.size, w, h: l.size * 1.2 };
}

describe('the drawing’s scene', () => {
  it('should place labels that overlap neither each other nor another entity', async () => {
    const scene = buildScene(await miniView(), PLOT);
    expect(scene.labels.length).toBe(8);
    const boxes = scene.labels.map(labelBox);
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => expect(overlapArea(a, b)).toBeLessThan(4)),
    );
  });

  it('should curve relations that share two entities apart, and draw a lone one straight', () => {
    const scene = buildScene(trickyView(), PLOT);
    const d = (id: string) => scene.edges.find((e) => e.id === id)!.d;
    expect(d('r1')).toContain(' Q');
    expect(d('r2')).toContain(' Q');
    expect(d('r1')).not.toBe(d('r2'));
    expect(d('r3')).toMatch(/^M[\d.,-]+ L[\d.,-]+$/);
  });

  it('should number hops in path order, a hop shared by two paths once', () => {
    const view = twoPathView();
    const numbers = numberHops(view);
    expect([...numbers.values()]).toEqual([1, 2, 3]);
    expect(numbers.get('r4')).toBe(1);
    view.paths = [...view.paths!, view.paths![0]!];
    expect(numberHops(view).size).toBe(3);
  });

  it('should bend a hop that would pass over another entity', () => {
    const view = twoPathView();
    // Put b-2 right on the straight line from a to c.
    const a = view.graph.getNodeAttributes('a');
    const c = view.graph.getNodeAttributes('c');
    view.graph.mergeNodeAttributes('b-2', { x: (a.x + c.x) / 2, y: (a.y + c.y) / 2 });
    const hop = buildScene(view, PLOT).edges.find((e) => e.id === 'r4')!;
    expect(hop.d).toContain(' Q');
  });

  it('should fade what is off the path and label every entity on it', () => {
    const scene = buildScene(twoPathView(), PLOT);
    expect(scene.nodes.filter((n) => n.faded)).toEqual([]);
    expect(scene.labels.filter((l) => ['a', 'b-2', 'c'].includes(l.node))).toHaveLength(3);
  });
});
