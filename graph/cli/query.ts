// `npm run query -- "mao -> khrushchev -> de-stalinization" [--json] [--corpus DIR]`: path answers in the terminal.
import { parseArgs } from 'node:util';
import { DEFAULT_CORPUS_DIR, loadEssay } from '../essay.js';
import { EssayGraphError, InvalidInputError } from '../errors.js';
import { answerPathRequest } from '../query/answer.js';
import { parsePathQuery, QUERY_SYNTAX } from '../query/syntax.js';
import type { PathAnswer, Resolved } from '../query/types.js';
import { runCli } from './run-cli.js';

const USAGE = `Usage: npm run query -- "QUERY" [--json] [--corpus DIR]

Prints the paths that connect entities of the essay, each hop quoting the sentence that supports it.
  --json         print the answer as the API gives it (GET /api/query)
  --corpus DIR   the corpus folder (default ${DEFAULT_CORPUS_DIR})
  --help         this text

${QUERY_SYNTAX}
`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        corpus: { type: 'string', default: DEFAULT_CORPUS_DIR },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nRun with --help for usage.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const line = positionals.join(' ').trim();
  if (values.help || !line) {
    (values.help ? process.stdout : process.stderr).write(USAGE);
    return values.help ? 0 : 2;
  }
  try {
    const request = parsePathQuery(line);
    const answer = answerPathRequest(await loadEssay(values.corpus), request);
    process.stdout.write(
      values.json ? JSON.stringify(answer, null, 2) + '\n' : formatAnswer(answer),
    );
    return 0;
  } catch (error) {
    process.stderr.write(formatError(error, line));
    return 1;
  }
}

function formatAnswer(answer: PathAnswer): string {
  const { from, via, to } = answer.query;
  const out = [
    [from, ...via, to].map((r) => r.label).join(' → '),
    ...resolutionNotes([from, ...via, to]),
  ];
  if (answer.paths.length === 0) out.push('', answer.reason ?? 'No path.');
  answer.paths.forEach((path, i) => {
    out.push('', `${i + 1}. ${path.narrative}`);
    path.hops.forEach((hop, n) => {
      const quotes = hop.evidence.map((e) => `“${e.quote}”`).join(' … ');
      out.push(`   [${n + 1}] ${quotes}`);
    });
  });
  return out.join('\n') + '\n';
}

function resolutionNotes(stops: Resolved[]): string[] {
  return stops
    .filter((r) => r.alternatives?.length)
    .map(
      (r) =>
        `(“${r.input}” taken as ${r.label}; it also matches ${r.alternatives!.map((a) => a.label).join(', ')})`,
    );
}

/** One readable message, never a stack trace; a syntax error shows where in the query it is. */
function formatError(error: unknown, line: string): string {
  if (error instanceof InvalidInputError && error.column !== undefined)
    return `${error.message}\n  ${line}\n  ${' '.repeat(Math.max(0, error.column - 1))}^\n`;
  if (error instanceof EssayGraphError) return `${error.message}\n`;
  return `Unexpected error: ${error instanceof Error ? error.message : String(error)}\n`;
}

runCli('query', () => main(process.argv.slice(2)));
