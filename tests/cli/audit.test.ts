import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../cli/exit-codes.js';
import { CLI_BATCH_TIMEOUT_MS, runCli, type CliRun } from '../helpers/cli.js';
import { miniWith } from '../helpers/fixtures.js';

const cli = (corpus: string, ...args: string[]) => runCli('audit', args, corpus);

/** The mini corpus with its one open finding justified, written to a folder of its own. */
function justifiedCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'audit-cli-'));
  const files = miniWith(
    'audit:\n',
    'audit:\n  - sentence: khrushchev and mao fell out\n    why: a headline\n',
  );
  for (const file of [files.essay, files.annotations])
    writeFileSync(join(dir, file.name), file.content);
  return dir;
}

let open: CliRun;
let clean: CliRun;
let missing: CliRun;
let unknownFlag: CliRun;
let help: CliRun;
beforeAll(async () => {
  [open, clean, missing, unknownFlag, help] = await Promise.all([
    cli('tests/fixtures/mini'),
    cli(justifiedCorpus()),
    cli(join(tmpdir(), 'no-such-corpus-here')),
    cli('tests/fixtures/mini', '--colour'),
    cli('tests/fixtures/mini', '--help'),
  ]);
}, CLI_BATCH_TIMEOUT_MS);

describe('npm run audit', () => {
  it('should exit 1 with a finding that is not justified', () => {
    expect(open.stdout).toContain('Open findings: 1');
    expect(open.code).toBe(EXIT_CODES.negative);
  });

  it('should exit 0 when every finding is justified', () => {
    expect(clean.stdout).toContain('Open findings: 0\nJustified findings: 1');
    expect(clean.code).toBe(EXIT_CODES.ok);
  });

  it('should exit 2 for a corpus it cannot read or an unknown flag, without a stack trace', () => {
    expect(missing.code).toBe(EXIT_CODES.badInput);
    expect(missing.stderr).toMatch(/^audit: The corpus has 1 problem/);
    expect(unknownFlag.code).toBe(EXIT_CODES.badInput);
    expect(unknownFlag.stderr).toMatch(/^audit: Unknown option '--colour'/);
    expect(missing.stderr + unknownFlag.stderr).not.toMatch(/\n\s+at /);
  });

  it('should give the exit codes in --help', () => {
    expect(help.code).toBe(EXIT_CODES.ok);
    expect(help.stdout).toContain('Exit codes: 0 done, 1 a finding is not justified');
  });
});
