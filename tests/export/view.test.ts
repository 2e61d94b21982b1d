import { describe, expect, it } from 'vitest';
import { dataGraph, viewSubtitle, viewTitle } from '../../export/view.js';
import { MINI_PATH, miniView } from './views.js';

describe('export views', () => {
  it('should be the filtered graph when no path is asked for', async () => {
    const view = await miniView({ at: 1969 });
    expect(view.paths).toBeNull();
    expect(view.graph.hasEdge('nikita-khrushchev', 'joseph-stalin')).toBe(false);
    expect(view.graph.hasEdge('soviet-union', 'china')).toBe(true);
    expect(dataGraph(view)).toBe(view.graph);
    // The entity the year leaves with no relation is dropped, as the explorer dims it.
    expect(viewSubtitle(view)).toBe('7 entities, 5 relations · in 1969');
    expect(view.graph.someNode((n) => view.graph.degree(n) === 0)).toBe(false);
  });

  it('should hold the paths and nothing else, even when kinds would leave their entities out', async () => {
    const view = await miniView({ ...MINI_PATH, kinds: ['state'] });
    expect(view.paths).toHaveLength(1);
    expect(viewTitle(view)).toBe('Mao Zedong → Nikita Khrushchev → Joseph Stalin');
    expect(view.graph.nodes()).toEqual(['mao-zedong', 'nikita-khrushchev', 'joseph-stalin']);
    expect(view.graph.size).toBe(2);
    expect(dataGraph(view).order).toBe(3);
  });

  it('should carry the reason when no path matches', async () => {
    const view = await miniView({ from: 'mao', to: 'stalin', at: 1969 });
    expect(view.paths).toEqual([]);
    expect(view.reason).toMatch(/^No path connects Mao Zedong and Joseph Stalin/);
    expect(viewSubtitle(view)).toBe('no path · in 1969');
  });
});
