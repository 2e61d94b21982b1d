// `npm run export -- --format svg --from mao --via khrushchev --to de-stalinization -o path.svg`: exports a view.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { VIEW_PARAMS } from '../contract/params.js';
import { checkExportParams, parseParams } from '../contract/parse.js';
import { ExportQuery } from '../contract/schemas.js';
import { writeFlag } from '../contract/values.js';
import { DEFAULT_CORPUS_DIR, loadEssay } from '../graph/essay.js';
import { DRAWN_LAYOUT } from '../export/drawn-graph.js';
import { InvalidInputError } from '../graph/errors.js';
import type { ViewParams } from '../export/export-types.js';
import { EXPORT_FORMATS, findFormat } from '../export/formats.js';
import { exportView } from '../export/view.js';
import { EXIT_CODES, exitCodesText, type ExitCode } from './exit-codes.js';
import { runCli } from './run-cli.js';

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  corpus: { type: 'string', default: DEFAULT_CORPUS_DIR },
  from: { type: 'string' },
  via: { type: 'string', multiple: true },
  to: { type: 'string' },
  k: { type: 'string', short: 'k' },
  'max-hops': { type: 'string' },
  directed: { type: 'boolean' },
  'avoid-kinds': { type: 'string' },
  at: { type: 'string' },
  relations: { type: 'string' },
  kinds: { type: 'string' },
  facts: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const HELP = `Usage: npm run export -- --format FORMAT [options] [-o FILE]

Exports the essay's graph, or the paths between entities, with the evidence.

Formats (a name or its short form):
${EXPORT_FORMATS.map((f) => `  ${f.name.padEnd(14)} ${f.aliases.join(', ').padEnd(22)} ${f.description}`).join('\n')}

View (as /api/graph): --at YEAR, --relations a,b, --kinds person,state, --facts
Path (as /api/paths): --from NAME --to NAME [--via NAME]... [-k N] [--max-hops N] [--directed] [--avoid-kinds concept]
Other: --corpus DIR (default ${DEFAULT_CORPUS_DIR}), -o FILE (default: standard output), --help

Example: npm run export -- --format svg --from mao --via khrushchev --to de-stalinization -o path.svg
${exitCodesText('no path was found (the file is still written)')}
`;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; strict: true }>>['values'];

/** The CLI's options under the API's parameter names (`--max-hops` is `maxHops`), as /api/export reads them. */
function apiQuery(values: Values): Record<string, string | string[]> {
  const query: Record<string, string | string[] | undefined> = {
    at: values.at,
    relations: values.relations,
    kinds: values.kinds,
    facts: values.facts === undefined ? undefined : writeFlag(values.facts),
    from: values.from,
    via: values.via,
    to: values.to,
    k: values.k,
    maxHops: values['max-hops'],
    directed: values.directed === undefined ? undefined : writeFlag(values.directed),
    avoidKinds: values['avoid-kinds'],
  };
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as Record<
    string,
    string | string[]
  >;
}

/** `maxHops` → `--max-hops`: the API's messages, in the CLI's words. */
function cliWords(error: InvalidInputError): InvalidInputError {
  const option = (name: string) => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  const message = error.message
    .replace(/^Parameter `(\w+)`:/, (_, name: string) => `${option(name)}:`)
    .replace(/`(\w+)`/g, (text, name: string) => (name in VIEW_PARAMS ? option(name) : text));
  return new InvalidInputError(message, error.parameter && option(error.parameter).slice(2));
}

/** The view the options ask for, read by the same schema as /api/export's parameters. */
export function viewParams(values: Values): ViewParams {
  try {
    const params = parseParams(ExportQuery, apiQuery(values));
    checkExportParams(params);
    return params;
  } catch (error) {
    throw error instanceof InvalidInputError ? cliWords(error) : error;
  }
}

async function main(): Promise<ExitCode> {
  const { values } = parseArgs({ options: OPTIONS, strict: true, allowPositionals: false });
  if (values.help) {
    process.stdout.write(HELP);
    return EXIT_CODES.ok;
  }
  if (!values.format)
    throw new InvalidInputError(
      'Give the format with --format (see --help for the list).',
      'format',
    );
  const format = findFormat(values.format);
  if (format === null)
    throw new InvalidInputError(
      `Unknown format "${values.format}"; use one of: ${EXPORT_FORMATS.map((f) => f.aliases[0]).join(', ')}.`,
      'format',
    );
  const params = viewParams(values);
  if (!values.output && process.stdout.isTTY && format.contentType.startsWith('image/png'))
    throw new InvalidInputError('A PNG is binary: write it to a file with -o FILE.', 'output');

  const view = exportView(await loadEssay(values.corpus, { layout: DRAWN_LAYOUT }), params);
  const body = await format.render(view);
  if (values.output) await writeFile(values.output, body);
  else process.stdout.write(body);
  if (view.paths !== null && view.paths.length === 0) {
    process.stderr.write(`export: ${view.reason ?? 'no path found'}\n`);
    return EXIT_CODES.negative;
  }
  if (values.output) process.stderr.write(`export: wrote ${format.name} to ${values.output}\n`);
  return EXIT_CODES.ok;
}

runCli('export', main);
