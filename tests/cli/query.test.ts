import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/cli.js';

const cli = (...args: string[]) => runCli('query', args);

let ok: CliRun;
let bad: CliRun;
beforeAll(async () => {
  [ok, bad] = await Promise.all([cli('mao -> stalin'), cli('mao -> china k=99')]);
});

describe('npm run query', () => {
  it('should print the paths as numbered narratives with their quotes', () => {
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Mao Zedong → Joseph Stalin');
    expect(ok.stdout).toContain(
      '1. Mao Zedong has denounced Nikita Khrushchev (since 1956) [1]; Nikita Khrushchev denounced Joseph Stalin (1956) [2].',
    );
    expect(ok.stdout).toContain('   [1] “called khrushchev a “revisionist.””');
    expect(ok.stdout).toContain('   [2] “soviet leader nikita khrushchev denounced joseph stalin”');
  });

  it('should print errors to stderr with the column, exit non-zero, and show no stack trace', () => {
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('`k` takes a whole number from 1 to 10. (column 16)');
    expect(bad.stderr).toContain('mao -> china k=99\n                 ^');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
