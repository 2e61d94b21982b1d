import { describe, expect, it } from 'vitest';
import { ESSAY_YEARS } from '../helpers/essay-graph.js';
import { compareYears, parseComparison } from '../../client/state/compare.js';
import { initialState } from '../../client/state/initial-state.js';
import { parsePins, pinNode, unpinAll, unpinNode } from '../../client/state/pins.js';
import { restoreFromSearch, stateToSearch } from '../../client/state/url-state.js';

describe('comparing years', () => {
  it('should keep the years in order and inside the essay’s span', () => {
    expect(compareYears({ from: 2025, to: 1969 })(initialState(ESSAY_YEARS)).compare).toEqual({
      from: 1969,
      to: 2025,
    });
    expect(compareYears({ from: 1000, to: 3000 })(initialState(ESSAY_YEARS)).compare).toEqual({
      from: 1953,
      to: 2025,
    });
    const state = compareYears({ from: 1969, to: 2025 })(initialState(ESSAY_YEARS));
    expect(compareYears({ from: 1969, to: 2025 })(state)).toBe(state);
    expect(compareYears(null)(state).compare).toBeNull();
  });

  it('should read only well-formed pairs from the URL', () => {
    expect(parseComparison('1969,2025')).toEqual({ from: 1969, to: 2025 });
    for (const bad of [null, '', '1969', '1969,', 'a,b', '1969,2025,2030'])
      expect(parseComparison(bad)).toBeNull();
  });
});

describe('pins', () => {
  it('should pin, unpin one and unpin all', () => {
    const one = pinNode('china', { x: 1.23456, y: -2 })(initialState(ESSAY_YEARS));
    expect(one.pins).toEqual({ china: { x: 1.235, y: -2 } });
    const two = pinNode('russia', { x: 0, y: 0 })(one);
    expect(Object.keys(unpinNode('china')(two).pins)).toEqual(['russia']);
    expect(unpinNode('nobody')(two)).toBe(two);
    expect(unpinAll()(two).pins).toEqual({});
  });

  it('should skip malformed pins in a URL', () => {
    expect(parsePins('china:1:2;russia:x:1;:1:2;usa:1;eu:1:2:3;india::1')).toEqual({
      china: { x: 1, y: 2 },
    });
    expect(parsePins(null)).toEqual({});
  });

  it('should round-trip a comparison and pins through the URL', () => {
    let state = compareYears({ from: 1969, to: 2025 })(initialState(ESSAY_YEARS));
    state = pinNode('china', { x: -49.724, y: 18.372 })(state);
    const search = stateToSearch(state);
    expect(new URLSearchParams(search).get('compare')).toBe('1969,2025');
    const back = restoreFromSearch(search)(initialState(ESSAY_YEARS));
    expect(back.compare).toEqual(state.compare);
    expect(back.pins).toEqual(state.pins);
  });
});
