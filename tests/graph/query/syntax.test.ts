import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../graph/errors.js';
import { parsePathQuery } from '../../../graph/query/syntax.js';
import { thrownBy } from '../../helpers/throws.js';

describe('parsePathQuery', () => {
  it.each([
    ['mao -> khrushchev', { from: 'mao', to: 'khrushchev' }],
    [
      'mao -> khrushchev -> de-stalinization',
      { from: 'mao', via: ['khrushchev'], to: 'de-stalinization' },
    ],
    ['nixon -> mao k=3', { from: 'nixon', to: 'mao', k: 3 }],
    ['trump -> xi at=2025 facts', { from: 'trump', to: 'xi', at: 2025, facts: true }],
    [
      '  Nikita  Khrushchev→the   Soviet Union  ',
      { from: 'Nikita  Khrushchev', to: 'the   Soviet Union' },
    ],
    [
      'a -> b maxHops=4 directed relations=denounced,admired avoid=concepts,place',
      {
        from: 'a',
        to: 'b',
        maxHops: 4,
        directed: true,
        relations: ['denounced', 'admired'],
        avoidKinds: ['concept', 'place'],
      },
    ],
    ['a -> b facts=false MAXHOPS=2', { from: 'a', to: 'b', facts: false, maxHops: 2 }],
    ['a -> b -> c -> d -> e -> f -> g', { from: 'a', via: ['b', 'c', 'd', 'e', 'f'], to: 'g' }],
  ])('should parse %j', (line, expected) => {
    expect(parsePathQuery(line)).toEqual(expected);
  });

  it.each([
    ['', 1, /Type a query/],
    ['mao khrushchev', 15, /Join at least two entities/],
    ['-> mao', 1, /before `->`/],
    ['mao ->  -> x', 5, /after `->`/],
    ['mao ->', 5, /after `->`/],
    ['mao k=3 -> x', 5, /Options go at the end/],
    ['nixon -> mao k=0', 16, /`k` takes a whole number from 1 to 10/],
    ['nixon -> mao k=three', 16, /`k`/],
    ['nixon -> mao maxHops=9', 22, /maxHops/],
    ['nixon -> mao at=nineteen', 17, /`at`/],
    ['nixon -> mao colour=red', 14, /Unknown option "colour"/],
    ['nixon -> mao k=2 k=3', 18, /given twice/],
    ['nixon -> mao k=2 china', 18, /Expected an option/],
    ['nixon -> mao relations=denounced,befriended', 34, /Unknown relation type "befriended"/],
    ['nixon -> mao avoid=dragon', 20, /Unknown entity kind "dragon"/],
    ['nixon -> mao facts=maybe', 20, /facts=true/],
    ['a -> b -> c -> d -> e -> f -> g -> h', 31, /at most 5 waypoints/],
  ])('should point at the column of the mistake in %j', (line, column, message) => {
    const error = thrownBy(() => parsePathQuery(line));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error).toMatchObject({ column, parameter: 'q' });
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain(`column ${column}`);
  });

  it('should refuse a query longer than 500 characters', () => {
    expect(() => parsePathQuery(`a -> ${'b'.repeat(600)}`)).toThrow(InvalidInputError);
  });
});
