import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODES, exitCodesText } from '../../cli/exit-codes.js';
import { CLI_BATCH_TIMEOUT_MS, runCli, type CliRun } from '../helpers/cli.js';

const cli = (...args: string[]) => runCli('query', args);

let ok: CliRun;
let bad: CliRun;
let noPath: CliRun;
let unknownEntity: CliRun;
let unknownFlag: CliRun;
let empty: CliRun;
let help: CliRun;
beforeAll(async () => {
  [ok, bad, noPath, unknownEntity, unknownFlag, empty, help] = await Promise.all([
    cli('mao -> stalin'),
    cli('mao -> china k=99'),
    cli('mao -> stalin at=1969'),
    cli('mao -> nobody at all'),
    cli('--colour', 'mao -> stalin'),
    cli(),
    cli('--help'),
  ]);
}, CLI_BATCH_TIMEOUT_MS);

describe('npm run query', () => {
  it('should print the paths as numbered narratives with their quotes', () => {
    expect(ok.code).toBe(EXIT_CODES.ok);
    expect(ok.stdout).toContain('Mao Zedong → Joseph Stalin');
    expect(ok.stdout).toContain(
      '1. Mao Zedong has denounced Nikita Khrushchev (since 1956) [1]; Nikita Khrushchev denounced Joseph Stalin (1956) [2].',
    );
    expect(ok.stdout).toContain('   [1] “called khrushchev a “revisionist.””');
    expect(ok.stdout).toContain('   [2] “soviet leader nikita khrushchev denounced joseph stalin”');
  });

  it('should print errors to stderr with the column, exit 2 for bad input, and show no stack trace', () => {
    expect(bad.code).toBe(EXIT_CODES.badInput);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('`k` takes a whole number from 1 to 10. (column 16)');
    expect(bad.stderr).toContain('mao -> china k=99\n                 ^');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it('should exit 2 for a name that matches nothing, an unknown flag or no query', () => {
    expect(unknownEntity.code).toBe(EXIT_CODES.badInput);
    expect(unknownEntity.stderr).toMatch(/^No entity matches "nobody at all"/);
    expect(unknownFlag.code).toBe(EXIT_CODES.badInput);
    expect(unknownFlag.stderr).toMatch(/^query: Unknown option '--colour'/);
    expect(empty.code).toBe(EXIT_CODES.badInput);
    expect(empty.stderr).toMatch(/^Usage: npm run query/);
  });

  it('should say why there is no path, and exit 1 as npm run export does', () => {
    expect(noPath.code).toBe(EXIT_CODES.negative);
    expect(noPath.stdout).toContain('No path connects Mao Zedong and Joseph Stalin');
  });

  it('should give the exit codes in --help', () => {
    expect(help.code).toBe(EXIT_CODES.ok);
    expect(help.stdout).toContain(exitCodesText('no path was found'));
  });
});
