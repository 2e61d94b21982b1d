// The synthetic on-disk corpus: loads without a problem, in the real format, the same for the same seed.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../graph/corpus/load.js';
import { generateDocuments, writeCorpus } from '../../bench/synthetic-corpus.js';

const options = {
  seed: 'test',
  documents: 6,
  entities: 120,
  relationsPerDocument: 20,
  entitiesPerDocument: 15,
};
const dir = mkdtempSync(join(tmpdir(), 'synthetic-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeCorpus', () => {
  it('should write a corpus the loader accepts, every relation quoted from its document', async () => {
    writeCorpus(dir, options);
    const corpus = await loadCorpus(dir);
    expect(corpus.documents).toHaveLength(options.documents);
    expect(corpus.relations.length).toBeGreaterThanOrEqual(options.documents * 16);
    for (const r of corpus.relations) expect(r.evidence).toHaveLength(1);
    expect(readFileSync(join(dir, 'entities.yaml'), 'utf8')).toContain('entities:');
  });

  it('should be deterministic: same seed, same files', () => {
    expect(generateDocuments(options)).toEqual(generateDocuments(options));
    expect(generateDocuments({ ...options, seed: 'other' }).documents[0]).not.toEqual(
      generateDocuments(options).documents[0],
    );
  });
});
