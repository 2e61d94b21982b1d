// Runs a CLI of cli/ as its npm script does (node with tsx), in one process, so nothing is left behind.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll } from 'vitest';
import { MINI_CORPUS } from './fixtures.js';

/**
 * How long one CLI run may take. A run needs a few seconds of CPU, but test files start several at once on a
 * machine that may be shared: a hook that awaits a batch of runs gets this much, plus a margin (CLI_BATCH_TIMEOUT_MS).
 */
const CLI_TIMEOUT_MS = 120_000;
export const CLI_BATCH_TIMEOUT_MS = CLI_TIMEOUT_MS + 15_000;

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `cli/<name>.ts --corpus <corpus> ...args`; a non-zero exit is an answer, not a failure. */
export async function runCli(name: string, args: string[], corpus = MINI_CORPUS): Promise<CliRun> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', `cli/${name}.ts`, '--corpus', corpus, ...args],
      { timeout: CLI_TIMEOUT_MS, maxBuffer: 20 * 1024 * 1024 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as CliRun & { killed?: boolean };
    if (e.killed)
      throw new Error(`cli/${name}.ts ${args.join(' ')}: killed after ${CLI_TIMEOUT_MS} ms`, {
        cause: error,
      });
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/**
 * Runs `cli/<name>.ts` once for each entry of `runs` (name → arguments), all at once before the file's tests:
 * the record it returns holds each run's result from then on.
 */
export function cliRunsBeforeAll<K extends string>(
  name: string,
  runs: Record<K, string[]>,
): Record<K, CliRun> {
  const results = {} as Record<K, CliRun>;
  beforeAll(async () => {
    const entries = Object.entries(runs) as [K, string[]][];
    const done = await Promise.all(entries.map(([, args]) => runCli(name, args)));
    entries.forEach(([key], i) => (results[key] = done[i]!));
  }, CLI_BATCH_TIMEOUT_MS);
  return results;
}
