// Producers for the comparison of two years: start it, change a year, end it.
import { PATH_LIMITS } from '../../graph/query/request.js';
import { clampYear } from './year-range.js';
import type { Producer, YearPair, YearRange } from '../types.js';

/** The year the essay turns on: the Sino-Soviet split at its worst (compared with the essay's last year). */
const TURNING_YEAR = 1969;

/** The comparison "Compare" opens: `from` (the slider's year, else the turning year) against the last year. */
export function defaultComparison(years: YearRange, from: number | null = null): YearPair {
  return { from: clampYear(from ?? TURNING_YEAR, years), to: years.max };
}

/** Years are kept inside the essay's span and in order; equal years are allowed (nothing began or ended). */
export const compareYears =
  (pair: YearPair | null): Producer =>
  (state) => {
    const next = pair && ordered(pair, state.years);
    const same =
      next === state.compare ||
      (next && state.compare && next.from === state.compare.from && next.to === state.compare.to);
    return same ? state : { ...state, compare: next };
  };

function ordered({ from, to }: YearPair, years: YearRange): YearPair {
  const [a, b] = [clampYear(from, years), clampYear(to, years)];
  return a <= b ? { from: a, to: b } : { from: b, to: a };
}

/**
 * `1969,2025` as the URL holds it, in order and within the API's years; null for anything else. The essay's own
 * span is applied when the pair enters the state (compareYears).
 */
export function parseComparison(text: string | null): YearPair | null {
  const match = /^(-?\d{1,4}),(-?\d{1,4})$/.exec(text?.trim() ?? '');
  return match ? ordered({ from: Number(match[1]), to: Number(match[2]) }, PATH_LIMITS.year) : null;
}

export function formatComparison(pair: YearPair): string {
  return `${pair.from},${pair.to}`;
}
