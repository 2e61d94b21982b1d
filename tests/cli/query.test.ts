import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { MINI_CORPUS } from '../helpers/fixtures.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as `npm run query` does (tsx), in one node process, so nothing is left behind. */
async function cli(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'graph/cli/query.ts', '--corpus', MINI_CORPUS, ...args],
      { timeout: 30_000 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let ok: Run;
let bad: Run;
beforeAll(async () => {
  [ok, bad] = await Promise.all([cli('mao -> stalin'), cli('mao -> china k=99')]);
});

describe('npm run query', () => {
  it('should print the paths as numbered narratives with their quotes', () => {
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Mao Zedong → Joseph Stalin');
    expect(ok.stdout).toContain(
      '1. Mao Zedong denounced Nikita Khrushchev (from 1956) [1]; Nikita Khrushchev denounced Joseph Stalin (1956) [2].',
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
