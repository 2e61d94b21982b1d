// Many documents, one registry: shared entities are one node, and every clash names both files and lines.
import { describe, expect, it } from 'vitest';
import { parseCorpusFiles } from '../../../graph/corpus/assemble.js';
import { loadCorpus } from '../../../graph/corpus/load.js';
import { CorpusError } from '../../../graph/errors.js';
import { thrownAs } from '../../helpers/throws.js';
import { TWO_ESSAYS, twoEssaysWith } from '../../helpers/two-essays.js';

const problemsOf = (files: Parameters<typeof parseCorpusFiles>[0]) =>
  thrownAs(CorpusError, () => parseCorpusFiles(files), 'the corpus loaded').problems;

describe('a corpus of two documents and a registry', () => {
  it('should make one entity of a name both documents use, its mentions in each', async () => {
    const corpus = await loadCorpus(TWO_ESSAYS);
    expect(corpus.documents.map((d) => d.slug)).toEqual(['secret-speech', 'mao-and-moscow']);
    const khrushchev = corpus.entities.filter((e) => e.id === 'nikita-khrushchev');
    expect(khrushchev).toHaveLength(1);
    expect(new Set(khrushchev[0]!.mentions.map((m) => m.doc))).toEqual(
      new Set(['secret-speech', 'mao-and-moscow']),
    );
  });

  it('should keep each relation with its document, its quote at its offsets there', async () => {
    const corpus = await loadCorpus(TWO_ESSAYS);
    const texts = new Map(corpus.documents.map((d) => [d.slug, d.article.text]));
    for (const r of corpus.relations)
      for (const e of r.evidence) expect(texts.get(r.doc)!.slice(e.start, e.end)).toBe(e.quote);
    expect(corpus.relations.filter((r) => r.doc === 'secret-speech')).toHaveLength(2);
  });

  it('should leave out registry entities no document mentions or relates', async () => {
    const files = await twoEssaysWith(
      'entities.yaml',
      'entities:\n',
      'entities:\n  - { id: lenin, kind: person, label: Lenin, description: Not in either essay. }\n',
    );
    expect(parseCorpusFiles(files).entities.map((e) => e.id)).not.toContain('lenin');
  });

  it('should find a local alias in its own document only', async () => {
    const files = await twoEssaysWith(
      'mao-and-moscow/essay.txt',
      'bo sample teaches history.',
      'bo sample teaches history. the speaker left.',
    );
    const corpus = parseCorpusFiles(files);
    const khrushchev = corpus.entities.find((e) => e.id === 'nikita-khrushchev')!;
    expect(khrushchev.mentions.filter((m) => m.text === 'the speaker')).toEqual([]);
  });
});

describe('clashes between files', () => {
  it('should name both places of an id declared twice', async () => {
    const files = await twoEssaysWith(
      'mao-and-moscow/annotations.yaml',
      'id: bo-sample',
      'id: mao-zedong',
    );
    const [problem] = problemsOf(files).filter((p) => /duplicate entity id/.test(p.message));
    expect(problem!.file).toMatch(/mao-and-moscow\/annotations\.yaml$/);
    expect(problem!.line).toBe(4);
    expect(problem!.message).toMatch(
      /also declared at tests\/fixtures\/two-essays\/entities\.yaml:13/,
    );
  });

  it('should name both places of an alias claimed by two entities', async () => {
    const files = await twoEssaysWith(
      'secret-speech/annotations.yaml',
      'label: Ann Example',
      'label: Ann Example\n    aliases: [mao]',
    );
    const [problem] = problemsOf(files);
    expect(problem!.file).toMatch(/secret-speech\/annotations\.yaml$/);
    expect(problem!.message).toMatch(
      /alias "mao" of `ann-example` is already a name of `mao-zedong` \(.*entities\.yaml:\d+\)/,
    );
  });

  it("should refuse a local alias that shadows another entity's name", async () => {
    const files = await twoEssaysWith(
      'secret-speech/annotations.yaml',
      '[the speaker]',
      '[the speaker, stalin]',
    );
    const [problem] = problemsOf(files);
    expect(problem).toMatchObject({ line: 9 });
    expect(problem!.message).toMatch(
      /local alias "stalin" of `nikita-khrushchev` shadows a name of `joseph-stalin` \(.*entities\.yaml:\d+\)/,
    );
  });

  it('should refuse a relation quoting another document, naming that document', async () => {
    const files = await twoEssaysWith(
      'secret-speech/annotations.yaml',
      "evidence: ['in 1956, nikita khrushchev denounced joseph stalin']",
      "evidence: ['mao zedong admired stalin']",
    );
    const [problem] = problemsOf(files);
    expect(problem!.file).toMatch(/secret-speech\/annotations\.yaml$/);
    expect(problem!.message).toMatch(
      /quote from another document \(.*mao-and-moscow\/essay\.txt\)/,
    );
  });
});

describe('CORPUS_DIR', () => {
  it('should serve one document folder with the registry beside it, as the whole root does', async () => {
    const root = await loadCorpus('corpus');
    const one = await loadCorpus('corpus/zivo-russia-china');
    expect(one.entities.length).toBe(root.entities.length);
    expect(one.relations.map((r) => r.id)).toEqual(root.relations.map((r) => r.id));
  });
});

describe('relation keys', () => {
  it("should key a relation another document already keys as `id@slug`, leaving the first document's keys", async () => {
    const files = await twoEssaysWith(
      'mao-and-moscow/annotations.yaml',
      'relations:\n',
      "relations:\n  - { source: nikita-khrushchev, relation: denounced, target: joseph-stalin, evidence: ['in 1956 he saw a revisionist in khrushchev'] }\n",
    );
    const ids = parseCorpusFiles(files).relations.map((r) => r.id);
    expect(ids).toContain('nikita-khrushchev.denounced.joseph-stalin');
    expect(ids).toContain('nikita-khrushchev.denounced.joseph-stalin@mao-and-moscow');
  });
});
