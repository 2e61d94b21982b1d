// `npm run import -- FILE --title …`: adds a document to the corpus folder, whole or not at all, as POST /api/documents does.
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseParams } from '../contract/parse.js';
import { NewDocumentBody } from '../contract/schemas.js';
import { loadCorpusParts } from '../graph/corpus/load.js';
import { withDocument } from '../graph/corpus/update.js';
import { InvalidInputError } from '../graph/errors.js';
import { DEFAULT_CORPUS_DIR } from '../graph/essay.js';
import { createDocumentFolder } from '../store/document-folder.js';
import { newDocument } from '../store/new-document.js';
import { EXIT_CODES, exitCodesText, type ExitCode } from './exit-codes.js';
import { runCli } from './run-cli.js';

const HELP = `Usage: npm run import -- FILE --title TITLE [--author NAME] [--publication NAME] [--date DATE] [--url URL] [--corpus DIR]

Adds FILE (.txt, .md or .html; of a web page only the article is kept) to the corpus at DIR (default: CORPUS_DIR,
else ${DEFAULT_CORPUS_DIR}) as a new document folder named from its title. Its mentions of registry entities are
found at once; it has no relations until they are annotated. A running server picks it up on SIGHUP, or at once
with WATCH_CORPUS=1.
${exitCodesText('never')}
`;

const OPTIONS = {
  title: { type: 'string' },
  author: { type: 'string' },
  publication: { type: 'string' },
  date: { type: 'string' },
  url: { type: 'string' },
  corpus: { type: 'string', default: process.env.CORPUS_DIR ?? DEFAULT_CORPUS_DIR },
  help: { type: 'boolean' },
} as const;

/** The file's extensions read as a web page; any other is text (plain or Markdown). */
const HTML_EXTENSIONS = new Set(['.html', '.htm']);

async function main(): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    strict: true,
    allowPositionals: true,
    options: OPTIONS,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return EXIT_CODES.ok;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0)
    throw new InvalidInputError('give exactly one file to import (try --help)', 'file');
  const content = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new InvalidInputError(`cannot read ${file} (${error.code ?? error.message})`, 'file');
  });
  const { corpus, help: _help, ...meta } = values;
  const input = parseParams(NewDocumentBody, {
    ...meta,
    [HTML_EXTENSIONS.has(extname(file).toLowerCase()) ? 'html' : 'text']: content,
  });
  const parts = await loadCorpusParts(corpus);
  const made = await newDocument(
    corpus,
    input,
    parts.documents.map((d) => d.parsed.slug),
  );
  withDocument(parts, made.parsed);
  await createDocumentFolder(corpus, made.slug, made.files);
  process.stdout.write(`Added ${made.slug}: ${join(corpus, made.slug)}\n`);
  return EXIT_CODES.ok;
}

runCli('import', main);
