// Producers for the comparison of two years: start it, change a year, end it.
import { YEAR_RANGE } from './initial-state.js';
import type { Producer, YearPair } from '../types.js';

/** The years the essay turns on: the Sino-Soviet split at its worst, and the year it was written. */
export const DEFAULT_COMPARISON: YearPair = { from: 1969, to: YEAR_RANGE.max };

/** Years are kept inside the essay's span and in order; equal years are allowed (nothing began or ended). */
export const compareYears =
  (pair: YearPair | null): Producer =>
  (state) => {
    const next = pair && ordered(pair);
    const same =
      next === state.compare ||
      (next && state.compare && next.from === state.compare.from && next.to === state.compare.to);
    return same ? state : { ...state, compare: next };
  };

function ordered({ from, to }: YearPair): YearPair {
  const clamp = (y: number) => Math.min(YEAR_RANGE.max, Math.max(YEAR_RANGE.min, Math.round(y)));
  const [a, b] = [clamp(from), clamp(to)];
  return a <= b ? { from: a, to: b } : { from: b, to: a };
}

/** `1969,2025` as the URL holds it; null for anything else. */
export function parseComparison(text: string | null): YearPair | null {
  const match = /^(-?\d{1,4}),(-?\d{1,4})$/.exec(text?.trim() ?? '');
  return match ? ordered({ from: Number(match[1]), to: Number(match[2]) }) : null;
}

export function formatComparison(pair: YearPair): string {
  return `${pair.from},${pair.to}`;
}
