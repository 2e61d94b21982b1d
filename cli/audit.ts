// `npm run audit [-- --corpus DIR]`: prints the corpus audit; exits non-zero when a finding is not justified.
import { parseArgs } from 'node:util';
import { auditCorpus, type AuditFinding } from '../graph/audit.js';
import { loadCorpus } from '../graph/corpus/load.js';
import { DEFAULT_CORPUS_DIR } from '../graph/essay.js';
import { EXIT_CODES, exitCodesText, type ExitCode } from './exit-codes.js';
import { runCli } from './run-cli.js';

async function main(): Promise<ExitCode> {
  const { values } = parseArgs({
    strict: true,
    options: { corpus: { type: 'string', default: DEFAULT_CORPUS_DIR }, help: { type: 'boolean' } },
  });
  if (values.help) {
    process.stdout.write(
      `Usage: npm run audit [-- --corpus DIR]\n${exitCodesText('a finding is not justified')}\n`,
    );
    return EXIT_CODES.ok;
  }
  const corpus = await loadCorpus(values.corpus);
  const report = auditCorpus(corpus);
  const line = (f: AuditFinding) =>
    `  ${f.message}${f.justification ? `\n    justified: ${f.justification}` : ''}`;
  process.stdout.write(
    [
      `Audit of ${values.corpus}: ${corpus.entities.length} entities, ${corpus.relations.length} relations, ${corpus.documents.reduce((n, d) => n + d.article.sentences.length, 0)} sentences in ${corpus.documents.length} document${corpus.documents.length === 1 ? '' : 's'}.`,
      `Open findings: ${report.open.length}`,
      ...report.open.map(line),
      `Justified findings: ${report.justified.length}`,
      ...report.justified.map(line),
      '',
    ].join('\n'),
  );
  return report.open.length === 0 ? EXIT_CODES.ok : EXIT_CODES.negative;
}

runCli('audit', main);
