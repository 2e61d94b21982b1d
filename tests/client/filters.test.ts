import { describe, expect, it } from 'vitest';
import { ESSAY_YEARS } from '../helpers/essay-graph.js';
import { inForce, setYear, toggleKind } from '../../client/state/filters.js';
import { initialState } from '../../client/state/initial-state.js';

describe('inForce', () => {
  it.each([
    [null, 1969, true],
    [{ start: 1969, end: 1969 }, 1969, true],
    [{ start: 1969, end: 1969 }, 1970, false],
    [{ start: 2025, end: null }, 1969, false],
    [{ start: 2025, end: null }, 2025, true],
    [{ start: null, end: 1960 }, 1953, true],
    [{ start: null, end: 1960 }, 1961, false],
    [{ start: 2025, end: null }, null, true],
  ])('should treat %j in %s as %s', (time, year, expected) => {
    expect(inForce(time, year)).toBe(expected);
  });
});

describe('filter producers', () => {
  it('should clamp the year to the essay span and keep null as "all years"', () => {
    expect(setYear(1900)(initialState(ESSAY_YEARS)).year).toBe(1953);
    expect(setYear(2100)(initialState(ESSAY_YEARS)).year).toBe(2025);
    expect(setYear(null)(setYear(1969)(initialState(ESSAY_YEARS))).year).toBeNull();
  });

  it('should toggle a kind off and back on', () => {
    const off = toggleKind('state')(initialState(ESSAY_YEARS));
    expect(off.filters.hiddenKinds).toEqual(['state']);
    expect(toggleKind('state')(off).filters.hiddenKinds).toEqual([]);
  });

  it('should return the same state when nothing changes', () => {
    const state = initialState(ESSAY_YEARS);
    expect(setYear(null)(state)).toBe(state);
  });
});
