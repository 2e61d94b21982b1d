// Parsing on every core gives what parsing on one does: the same corpus, or the same problems in the same order.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCorpusFiles } from '../../../graph/corpus/assemble.js';
import { readCorpusFiles } from '../../../graph/corpus/load.js';
import { parseCorpusFilesInParallel } from '../../../graph/corpus/parse-pool.js';
import { CorpusError } from '../../../graph/errors.js';
import { writeCorpus } from '../../../bench/synthetic-corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'parse-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeCorpus(dir, {
  seed: 'pool',
  documents: 45,
  entities: 150,
  relationsPerDocument: 8,
  entitiesPerDocument: 10,
});

/** The corpus's problems, or null when it loads. */
function problemsOf(parse: () => unknown): Promise<unknown> {
  return Promise.resolve()
    .then(parse)
    .then(
      () => null,
      (error: unknown) => (error instanceof CorpusError ? error.problems : error),
    );
}

describe('parseCorpusFilesInParallel', () => {
  it('should give the corpus parseCorpusFiles gives', async () => {
    const files = await readCorpusFiles(dir);
    expect(await parseCorpusFilesInParallel(files)).toEqual(parseCorpusFiles(files));
  });

  it('should report the same problems, in the same order, with their lines', async () => {
    const files = await readCorpusFiles(dir);
    const broken = files.documents.map((d, i) =>
      i % 20 === 3
        ? {
            ...d,
            annotations: { ...d.annotations, content: `${d.annotations.content}\nextra: 1\n` },
          }
        : d,
    );
    const set = { ...files, documents: broken };
    const problems = await problemsOf(() => parseCorpusFiles(set));
    expect(problems).not.toBeNull();
    expect(await problemsOf(() => parseCorpusFilesInParallel(set))).toEqual(problems);
  });
});
