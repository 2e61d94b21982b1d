// Runs a CLI of graph/cli/ as its npm script does (node with tsx), in one process, so nothing is left behind.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { MINI_CORPUS } from './fixtures.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `graph/cli/<name>.ts --corpus <corpus> ...args`; a non-zero exit is an answer, not a failure. */
export async function runCli(name: string, args: string[], corpus = MINI_CORPUS): Promise<CliRun> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', `graph/cli/${name}.ts`, '--corpus', corpus, ...args],
      { timeout: 30_000, maxBuffer: 20 * 1024 * 1024 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as CliRun;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
