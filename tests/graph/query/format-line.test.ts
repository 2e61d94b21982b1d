import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatPathQuery } from '../../../graph/query/format-line.js';
import { parsePathQuery } from '../../../graph/query/syntax.js';

describe('formatPathQuery', () => {
  it('should write a request the parser reads back the same', () => {
    const line = 'mao -> khrushchev -> de-stalinization k=3 maxHops=4 at=1969 facts directed';
    expect(formatPathQuery(parsePathQuery(line))).toBe(line);
    const options = 'relations=denounced,leads avoid=concept,event';
    expect(formatPathQuery(parsePathQuery(`a -> b ${options}`))).toBe(`a -> b ${options}`);
  });

  it('should round-trip any parsed query', () => {
    const name = fc.stringMatching(/^[a-z][a-z-]{0,10}$/);
    fc.assert(
      fc.property(
        fc.array(name, { minLength: 2, maxLength: 5 }),
        fc.record({ k: fc.integer({ min: 1, max: 10 }), facts: fc.boolean() }),
        (names, options) => {
          const line = `${names.join(' -> ')} k=${options.k}${options.facts ? ' facts' : ''}`;
          const parsed = parsePathQuery(line);
          expect(parsePathQuery(formatPathQuery(parsed))).toEqual(parsed);
        },
      ),
    );
  });
});
