// Runs a CLI's main function: known errors become one line on stderr and an exit code, never a stack trace.
import { EssayGraphError } from '../graph/errors.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';

/** Exits with main's code; a thrown error is bad input when the core or the argument parser threw it on purpose. */
export function runCli(name: string, main: () => Promise<ExitCode>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${name}: ${describe(error)}\n`);
      process.exit(isBadInput(error) ? EXIT_CODES.badInput : EXIT_CODES.failure);
    },
  );
}

/** node:util parseArgs throws TypeErrors coded ERR_PARSE_ARGS_* for unknown or malformed options. */
function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

export function isBadInput(error: unknown): boolean {
  return error instanceof EssayGraphError || isParseArgsError(error);
}

function describe(error: unknown): string {
  if (error instanceof EssayGraphError) return error.message;
  if (isParseArgsError(error)) return `${(error as Error).message} (try --help)`;
  return `unexpected failure: ${error instanceof Error ? error.message : String(error)}`;
}
