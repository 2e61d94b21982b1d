// `npm run audit [-- --corpus DIR]`: prints the corpus audit; exits non-zero when a finding is not justified.
import { parseArgs } from 'node:util';
import { auditCorpus, type AuditFinding } from '../audit.js';
import { loadCorpus } from '../corpus/load.js';
import { DEFAULT_CORPUS_DIR } from '../essay.js';
import { runCli } from './run-cli.js';

async function main(): Promise<number> {
  const { values } = parseArgs({
    strict: true,
    options: { corpus: { type: 'string', default: DEFAULT_CORPUS_DIR }, help: { type: 'boolean' } },
  });
  if (values.help) {
    process.stdout.write('Usage: npm run audit [-- --corpus DIR]\n');
    return 0;
  }
  const corpus = await loadCorpus(values.corpus);
  const report = auditCorpus(corpus);
  const line = (f: AuditFinding) =>
    `  ${f.message}${f.justification ? `\n    justified: ${f.justification}` : ''}`;
  process.stdout.write(
    [
      `Audit of ${values.corpus}: ${corpus.entities.length} entities, ${corpus.relations.length} relations, ${corpus.article.sentences.length} sentences.`,
      `Open findings: ${report.open.length}`,
      ...report.open.map(line),
      `Justified findings: ${report.justified.length}`,
      ...report.justified.map(line),
      '',
    ].join('\n'),
  );
  return report.open.length === 0 ? 0 : 1;
}

runCli('audit', main);
