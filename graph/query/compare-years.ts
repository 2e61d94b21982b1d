// Two years side by side: which relations began, which ended and which held between year A and year B.
import type { EdgeAttributes } from '../types.js';
import { timeHolds } from './view-filter.js';

export type YearChange = 'began' | 'ended' | 'held';

/** The three groups in the order they are shown, with their names; their colours are the drawing's (YEAR_CHANGE_COLORS). */
export const YEAR_CHANGES: readonly {
  change: YearChange;
  label: string;
  /** Says what the group holds, with the two years filled in. */
  describe: (from: number, to: number) => string;
}[] = [
  {
    change: 'began',
    label: 'Began',
    describe: (from, to) => `in force in ${to}, not yet in ${from}`,
  },
  {
    change: 'ended',
    label: 'Ended',
    describe: (from, to) => `in force in ${from}, over by ${to}`,
  },
  {
    change: 'held',
    label: 'Held',
    describe: (from, to) => `in force in both ${from} and ${to}`,
  },
];

export interface YearComparison {
  /** The earlier year (the two are put in order). */
  from: number;
  to: number;
  began: string[];
  ended: string[];
  held: string[];
  /** Relations the essay gives no date: timeless, they hold in both years and tell nothing about change. */
  undated: number;
}

/** What the comparison needs of a graph: its edges and their times (the server's graph and the client's both do). */
export interface DatedEdges {
  forEachEdge(callback: (edge: string, attributes: Pick<EdgeAttributes, 'time'>) => void): void;
}

/** Edge keys by change, in the graph's edge order; dated relations only. */
export function compareYears(graph: DatedEdges, yearA: number, yearB: number): YearComparison {
  const [from, to] = yearA <= yearB ? [yearA, yearB] : [yearB, yearA];
  const result: YearComparison = { from, to, began: [], ended: [], held: [], undated: 0 };
  graph.forEachEdge((edge, { time }) => {
    if (time === null) {
      result.undated++;
      return;
    }
    const before = timeHolds(time, from);
    const after = timeHolds(time, to);
    if (before && after) result.held.push(edge);
    else if (after) result.began.push(edge);
    else if (before) result.ended.push(edge);
  });
  return result;
}

/** The change of each compared edge, for drawing them. */
export function changeByEdge(comparison: YearComparison): Map<string, YearChange> {
  const map = new Map<string, YearChange>();
  for (const { change } of YEAR_CHANGES)
    for (const edge of comparison[change]) map.set(edge, change);
  return map;
}
