// `npm run query -- "mao -> khrushchev -> de-stalinization" [--json] [--corpus DIR]`: path answers in the terminal.
import { parseArgs } from 'node:util';
import { DEFAULT_CORPUS_DIR, loadEssay } from '../graph/essay.js';
import { DRAWN_LAYOUT } from '../export/drawn-graph.js';
import { InvalidInputError } from '../graph/errors.js';
import { answerPathRequest } from '../graph/query/answer.js';
import { parsePathQuery, QUERY_SYNTAX } from '../graph/query/syntax.js';
import type { PathAnswer, Resolved } from '../graph/query/types.js';
import { EXIT_CODES, exitCodesText, type ExitCode } from './exit-codes.js';
import { isBadInput, runCli } from './run-cli.js';

const USAGE = `Usage: npm run query -- "QUERY" [--json] [--corpus DIR]

Prints the paths that connect entities of the essay, each hop quoting the sentence that supports it.
  --json         print the answer as the API gives it (GET /api/query)
  --corpus DIR   the corpus folder (default ${DEFAULT_CORPUS_DIR})
  --help         this text

${QUERY_SYNTAX}

${exitCodesText('no path was found')}
`;

const OPTIONS = {
  json: { type: 'boolean' },
  corpus: { type: 'string', default: DEFAULT_CORPUS_DIR },
  help: { type: 'boolean', short: 'h' },
} as const;

async function main(argv: string[]): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: OPTIONS,
  });
  const line = positionals.join(' ').trim();
  if (values.help || !line) {
    (values.help ? process.stdout : process.stderr).write(USAGE);
    return values.help ? EXIT_CODES.ok : EXIT_CODES.badInput;
  }
  let answer: PathAnswer;
  try {
    const request = parsePathQuery(line);
    answer = answerPathRequest(await loadEssay(values.corpus, { layout: DRAWN_LAYOUT }), request);
  } catch (error) {
    if (!isBadInput(error)) throw error;
    process.stderr.write(formatError(error, line));
    return EXIT_CODES.badInput;
  }
  process.stdout.write(values.json ? JSON.stringify(answer, null, 2) + '\n' : formatAnswer(answer));
  return answer.paths.length > 0 ? EXIT_CODES.ok : EXIT_CODES.negative;
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
  return `${error instanceof Error ? error.message : String(error)}\n`;
}

runCli('query', () => main(process.argv.slice(2)));
