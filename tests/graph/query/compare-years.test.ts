import { describe, expect, it } from 'vitest';
import { changeByEdge, compareYears, YEAR_CHANGES } from '../../../graph/query/compare-years.js';
import { loadEssay } from '../../../graph/essay.js';
import type { TimeSpan } from '../../../graph/types.js';
import { essayGraph } from '../../helpers/essay-graph.js';
import { DRAWN_LAYOUT } from '../../../export/drawn-graph.js';

function dated(spans: Record<string, TimeSpan | null>) {
  return essayGraph(Object.entries(spans).map(([key, time]) => ['a', 'b', { time }, key]));
}

describe('compareYears', () => {
  const graph = dated({
    old: { start: 1950, end: 1970 },
    new: { start: 2000, end: null },
    always: { start: null, end: null },
    both: { start: 1960, end: 2030 },
    between: { start: 1980, end: 1990 },
    undated: null,
  });

  it('should sort dated relations into began, ended and held', () => {
    expect(compareYears(graph, 1969, 2025)).toEqual({
      from: 1969,
      to: 2025,
      began: ['new'],
      ended: ['old'],
      held: ['always', 'both'],
      undated: 1,
    });
  });

  it('should put the years in order whichever comes first', () => {
    expect(compareYears(graph, 2025, 1969)).toEqual(compareYears(graph, 1969, 2025));
  });

  it('should find no change between a year and itself', () => {
    const same = compareYears(graph, 1985, 1985);
    expect([same.began, same.ended]).toEqual([[], []]);
    expect(same.held).toEqual(['always', 'both', 'between']);
  });

  it('should give every compared edge one change', () => {
    const map = changeByEdge(compareYears(graph, 1969, 2025));
    expect(Object.fromEntries(map)).toEqual({
      new: 'began',
      old: 'ended',
      always: 'held',
      both: 'held',
    });
    expect(YEAR_CHANGES.map((c) => c.change)).toEqual(['began', 'ended', 'held']);
  });

  it('should see the essay’s 1969 and 2025 apart: Trump–Putin began, the border clashes ended', async () => {
    const { graph: essay } = await loadEssay('corpus/zivo-russia-china', { layout: DRAWN_LAYOUT });
    const { began, ended, held, undated } = compareYears(essay, 1969, 2025);
    expect(began.some((e) => e.startsWith('donald-trump.') && e.endsWith('.vladimir-putin'))).toBe(
      true,
    );
    expect(ended.some((e) => e.includes('sino-soviet-border-conflict-1969'))).toBe(true);
    expect(began.length + ended.length + held.length + undated).toBeLessThanOrEqual(essay.size);
  });
});
