import { describe, expect, it } from 'vitest';
import { EXIT_CODES, exitCodesText } from '../../cli/exit-codes.js';
import { cliRunsBeforeAll } from '../helpers/cli.js';

const run = cliRunsBeforeAll('query', {
  ok: ['mao -> stalin'],
  bad: ['mao -> china k=99'],
  noPath: ['mao -> stalin at=1969'],
  unknownEntity: ['mao -> nobody at all'],
  unknownFlag: ['--colour', 'mao -> stalin'],
  empty: [],
  help: ['--help'],
});

describe('npm run query', () => {
  it('should print the paths as numbered narratives with their quotes', () => {
    expect(run.ok.code).toBe(EXIT_CODES.ok);
    expect(run.ok.stdout).toContain('Mao Zedong → Joseph Stalin');
    expect(run.ok.stdout).toContain(
      '1. Mao Zedong has denounced Nikita Khrushchev (since 1956) [1]; Nikita Khrushchev denounced Joseph Stalin (1956) [2].',
    );
    expect(run.ok.stdout).toContain('   [1] “called khrushchev a “revisionist.””');
    expect(run.ok.stdout).toContain(
      '   [2] “soviet leader nikita khrushchev denounced joseph stalin”',
    );
  });

  it('should print errors to stderr with the column, exit 2 for bad input, and show no stack trace', () => {
    expect(run.bad.code).toBe(EXIT_CODES.badInput);
    expect(run.bad.stdout).toBe('');
    expect(run.bad.stderr).toContain('`k` takes a whole number from 1 to 10. (column 16)');
    expect(run.bad.stderr).toContain('mao -> china k=99\n                 ^');
    expect(run.bad.stderr).not.toMatch(/\n\s+at /);
  });

  it('should exit 2 for a name that matches nothing, an unknown flag or no query', () => {
    expect(run.unknownEntity.code).toBe(EXIT_CODES.badInput);
    expect(run.unknownEntity.stderr).toMatch(/^No entity matches "nobody at all"/);
    expect(run.unknownFlag.code).toBe(EXIT_CODES.badInput);
    expect(run.unknownFlag.stderr).toMatch(/^query: Unknown option '--colour'/);
    expect(run.empty.code).toBe(EXIT_CODES.badInput);
    expect(run.empty.stderr).toMatch(/^Usage: npm run query/);
  });

  it('should say why there is no path, and exit 1 as npm run export does', () => {
    expect(run.noPath.code).toBe(EXIT_CODES.negative);
    expect(run.noPath.stdout).toContain('No path connects Mao Zedong and Joseph Stalin');
  });

  it('should give the exit codes in --help', () => {
    expect(run.help.code).toBe(EXIT_CODES.ok);
    expect(run.help.stdout).toContain(exitCodesText('no path was found'));
  });
});
