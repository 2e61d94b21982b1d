import { describe, expect, it } from 'vitest';
import { describeTime, formatSpan, publicationYear } from '../../graph/time-wording.js';

describe('formatSpan', () => {
  it.each([
    [{ start: 1956, end: 1956 }, '1956'],
    [{ start: 1956, end: 1966 }, '1956–1966'],
    [{ start: 1969, end: null }, 'since 1969'],
    [{ start: null, end: 1950 }, 'until 1950'],
    [{ start: null, end: null }, null],
    [null, null],
  ])('should write %j as %j', (time, text) => {
    expect(formatSpan(time)).toBe(text);
  });
});

describe('describeTime', () => {
  it('should say when a date is not in the essay, and why', () => {
    expect(describeTime({ start: 1956, end: 1964 })).toBe('1956–1964');
    expect(describeTime({ start: 1953, end: 1964, from: 'tenure' })).toBe(
      '1953–1964, by the holder’s tenure, not in the essay',
    );
    expect(describeTime({ start: 2022, end: null, from: 'knowledge' })).toBe(
      'since 2022, general knowledge, not in the essay',
    );
  });
});

describe('publicationYear', () => {
  it.each([
    ['2025', 2025],
    ['2025-03-04', 2025],
    ['March 4, 2025', 2025],
    [undefined, null],
    ['soon', null],
  ])('should read %j as %j', (published, year) => {
    expect(publicationYear(published)).toBe(year);
  });
});
