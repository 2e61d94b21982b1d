// Runs a CLI's main function: known errors become one line on stderr and an exit code, never a stack trace.
import { EssayGraphError } from '../errors.js';

/** Exit codes: 0 success, 1 a negative answer (e.g. open audit findings), 2 bad input or a broken corpus. */
export function runCli(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${name}: ${describe(error)}\n`);
      process.exit(2);
    },
  );
}

function describe(error: unknown): string {
  if (error instanceof EssayGraphError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  // node:util parseArgs throws TypeErrors coded ERR_PARSE_ARGS_* for unknown or malformed options.
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
    return `${(error as Error).message} (try --help)`;
  }
  return `unexpected failure: ${error instanceof Error ? error.message : String(error)}`;
}
