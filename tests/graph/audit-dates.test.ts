import { describe, expect, it } from 'vitest';
import { yearsIn } from '../../graph/audit-dates.js';

describe('yearsIn', () => {
  it.each([
    ['the origins can be traced back to 1956, when', [1956]],
    ['the diplomatic successes of the 1970s', [1970, 1979]],
    ['by the late-1960s, the two countries were on the brink of war', [1966, 1969]],
    ['settled in the 2000s', [2000, 2009]],
    ['in 1972, just three years after the soviets almost nuked his nation', [1972, 1969]],
    ['in 1956 stalin, who had died three years earlier', [1956, 1953]],
    ['a population of 600 million', []],
  ])('should read %j as %j', (text, years) => {
    expect(yearsIn(text)).toEqual(years);
  });
});
