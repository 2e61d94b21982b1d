// `npm run export -- --format svg --from mao --via khrushchev --to de-stalinization -o path.svg`: exports a view.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { DEFAULT_CORPUS_DIR, loadEssay } from '../graph/essay.js';
import { InvalidInputError } from '../graph/errors.js';
import type { ViewParams } from '../export/export-types.js';
import { EXPORT_FORMATS, findFormat } from '../export/formats.js';
import { exportView } from '../export/view.js';
import { isRelationType } from '../graph/relation-types.js';
import { ENTITY_KINDS, type EntityKind } from '../graph/types.js';
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

function integer(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value.trim()))
    throw new InvalidInputError(`--${option} takes a whole number; got "${value}".`, option);
  return Number(value);
}

function list(value: string | undefined): string[] | undefined {
  const items = value
    ?.split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  return items?.length ? items : undefined;
}

function kinds(option: string, value: string | undefined): EntityKind[] | undefined {
  const items = list(value);
  const unknown = items?.find((k) => !(ENTITY_KINDS as readonly string[]).includes(k));
  if (unknown !== undefined)
    throw new InvalidInputError(
      `--${option}: unknown kind "${unknown}"; use one of: ${ENTITY_KINDS.join(', ')}.`,
      option,
    );
  return items as EntityKind[] | undefined;
}

export function viewParams(values: Values): ViewParams {
  if ((values.from === undefined) !== (values.to === undefined))
    throw new InvalidInputError('A path needs both --from and --to.', values.from ? 'to' : 'from');
  if (values.via?.length && values.from === undefined)
    throw new InvalidInputError('--via needs --from and --to.', 'via');
  const relations = list(values.relations);
  const unknown = relations?.find((r) => !isRelationType(r));
  if (unknown !== undefined)
    throw new InvalidInputError(`--relations: unknown relation type "${unknown}".`, 'relations');
  const params: ViewParams = {
    at: integer('at', values.at),
    relations,
    kinds: kinds('kinds', values.kinds),
    facts: values.facts,
    from: values.from,
    via: values.via,
    to: values.to,
    k: integer('k', values.k),
    maxHops: integer('max-hops', values['max-hops']),
    directed: values.directed,
    avoidKinds: kinds('avoid-kinds', values['avoid-kinds']),
  };
  return Object.fromEntries(
    Object.entries(params).filter(([, v]) => v !== undefined),
  ) as ViewParams;
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

  const view = exportView(await loadEssay(values.corpus), params);
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
