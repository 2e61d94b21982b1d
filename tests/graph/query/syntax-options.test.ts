import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../graph/errors.js';
import {
  findQueryOption,
  optionUsage,
  QUERY_EXAMPLES,
  QUERY_OPTIONS,
} from '../../../graph/query/syntax-options.js';
import { parsePathQuery, QUERY_SYNTAX } from '../../../graph/query/syntax.js';

describe('the one-line syntax’s options', () => {
  it.each(QUERY_OPTIONS.map((o) => [o.example, o.field]))(
    'should parse the shown example %s into %s',
    (example, field) => {
      const request = parsePathQuery(`mao -> stalin ${example}`);
      expect(request[field]).toBeDefined();
    },
  );

  it.each(QUERY_OPTIONS.flatMap((o) => [o.name, ...o.aliases].map((name) => [name, o] as const)))(
    'should take %s, in any case, as its option',
    (name, option) => {
      expect(findQueryOption(name)).toBe(option);
      expect(findQueryOption(name.toUpperCase())).toBe(option);
    },
  );

  it.each(QUERY_EXAMPLES)('should parse the example query %j', (line) => {
    expect(parsePathQuery(line).to).toBeTruthy();
  });

  it('should list every option in the usage text', () => {
    for (const option of QUERY_OPTIONS) expect(QUERY_SYNTAX).toContain(`  ${optionUsage(option)} `);
  });

  it('should be the options the README documents', () => {
    const readme = readFileSync('README.md', 'utf8');
    const documented = [...readme.matchAll(/`([a-z]+)(=[^`]*)?`/gi)].map((m) => m[1]);
    for (const option of QUERY_OPTIONS) expect(documented).toContain(option.name);
  });

  it('should refuse a name it does not define, naming the ones it does', () => {
    expect(findQueryOption('hops')).toBeUndefined();
    expect(() => parsePathQuery('mao -> stalin hops=4')).toThrow(InvalidInputError);
    expect(() => parsePathQuery('mao -> stalin hops=4')).toThrow(
      'Unknown option "hops"; use k, maxHops, at, facts, directed, relations or avoid.',
    );
  });
});
