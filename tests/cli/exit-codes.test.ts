import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT_CODE_WORDS, EXIT_CODES, exitCodesText } from '../../cli/exit-codes.js';

/** The README as one line, so a phrase wrapped across lines still reads as written. */
const readme = readFileSync('README.md', 'utf8').replace(/\s+/g, ' ');

describe('exit codes', () => {
  it('should keep the values scripts rely on', () => {
    expect(EXIT_CODES).toEqual({ ok: 0, negative: 1, badInput: 2, failure: 3 });
  });

  it('should name every code in the --help line', () => {
    expect(exitCodesText('no path was found')).toBe(
      'Exit codes: 0 done, 1 no path was found, 2 bad input or a broken corpus, 3 any other failure.',
    );
  });

  it('should be the codes the README documents', () => {
    for (const [key, words] of Object.entries(EXIT_CODE_WORDS))
      expect(readme).toContain(`\`${EXIT_CODES[key as keyof typeof EXIT_CODE_WORDS]}\` ${words}`);
    for (const cli of ['audit', 'query', 'export']) {
      const row = readme.match(new RegExp(`\\| \`npm run ${cli}[^|]*\\|[^|]*\\|`))?.[0];
      expect(row, cli).toContain(`exits \`${EXIT_CODES.negative}\` if`);
    }
  });
});
