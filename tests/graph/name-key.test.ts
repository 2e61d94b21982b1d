import { describe, expect, it } from 'vitest';
import { foldName, normalizeName } from '../../graph/name-key.js';

describe('normalizeName', () => {
  it.each([
    ['De-Stalinization', 'de stalinization'],
    ['The Kremlin', 'kremlin'],
    ['Stalin’s', 'stalins'],
    ['Crème Brûlée', 'creme brulee'],
    ['U.S.', 'us'],
    ['U. S. S. R.', 'ussr'],
    ['J.D. Vance', 'jd vance'],
    ['Election of a new American president', 'election of a new american president'],
    ['the', 'the'],
    ['  ', ''],
  ])('should fold %j to %j', (input, output) => {
    expect(normalizeName(input)).toBe(output);
  });
});

describe('foldName', () => {
  it('should keep a leading "the", which normalizeName drops', () => {
    expect(foldName('The War')).toBe('the war');
    expect(normalizeName('The War')).toBe('war');
  });
});
