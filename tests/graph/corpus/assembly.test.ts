// Assembling documents as they are parsed gives what assembling them at once gives: parts, and problems in order.
import { describe, expect, it } from 'vitest';
import {
  corpusOfParts,
  registryOrProblems,
  type CorpusFileSet,
} from '../../../graph/corpus/assemble.js';
import { assemblingListener, corpusParts } from '../../../graph/corpus/assembly.js';
import { readCorpusFiles } from '../../../graph/corpus/load.js';
import {
  parseAnnotations,
  parseDocument,
  parseRegistry,
  type ParsedDocument,
  type ParsedRegistry,
} from '../../../graph/corpus/parse-document.js';
import { CorpusError } from '../../../graph/errors.js';
import { TWO_ESSAYS, twoEssaysWith } from '../../helpers/two-essays.js';

/** The files' documents added to an assembly in the reverse of their order, as texts might come back. */
function assembledLate(
  files: CorpusFileSet,
  registry: ParsedRegistry,
  parsed: readonly ParsedDocument[],
) {
  const listener = assemblingListener(registry, files.documents);
  listener.annotated(files.documents.map((d) => parseAnnotations(d.annotations)));
  for (const d of [...parsed].reverse()) listener.parsed(d, undefined);
  return () => listener.begun()!.finish(parsed);
}

/** The problems `work` throws, as a CorpusError's. */
function problemsOf(work: () => unknown) {
  try {
    work();
  } catch (error) {
    if (error instanceof CorpusError) return error.problems;
    throw error;
  }
  throw new Error('expected a CorpusError');
}

describe('assemblingListener', () => {
  it('should give the parts corpusParts gives, documents added in any order', async () => {
    const files = await readCorpusFiles(TWO_ESSAYS);
    const parsed = files.documents.map(parseDocument);
    const registry = parseRegistry(files.registry!);
    expect(assembledLate(files, registry, parsed)()).toEqual(corpusParts(registry, parsed));
  });

  it('should report the problems corpusParts reports, in its order, a quote from another document included', async () => {
    const files = await twoEssaysWith(
      'mao-and-moscow/annotations.yaml',
      "'mao zedong admired stalin'",
      "'nikita khrushchev denounced joseph stalin'",
    );
    const parsed = files.documents.map(parseDocument);
    const registry = parseRegistry(files.registry!);
    const expected = problemsOf(() => corpusParts(registry, parsed));
    expect(expected.some((p) => p.message.startsWith('quote from another document'))).toBe(true);
    expect(problemsOf(assembledLate(files, registry, parsed))).toEqual(expected);
  });

  it('should begin again from the articles when a header read early disagrees with one', async () => {
    const files = await readCorpusFiles(TWO_ESSAYS);
    const parsed = files.documents.map(parseDocument);
    // The document without an `added` header comes first; the article now says it came last.
    const [first, second] = parsed;
    const moved = {
      ...second!,
      article: { ...second!.article, meta: { ...second!.article.meta, added: '2999-01-01' } },
    };
    const documents = [first!, moved];
    const registry = parseRegistry(files.registry!);
    const late = assembledLate(files, registry, documents)();
    const once = corpusParts(registry, documents);
    expect(late).toEqual(once);
    // Maps compare without their order: the entities' order (each document declares one) shows the documents'.
    const ids = (parts: typeof once) => corpusOfParts(parts).entities.map((e) => e.id);
    expect(ids(late)).toEqual(ids(once));
  });

  it('should not begin when a file has a problem: the load fails anyway', async () => {
    const files = await twoEssaysWith('secret-speech/annotations.yaml', 'relations:', 'relation:');
    const listener = assemblingListener(registryOrProblems(files.registry), files.documents);
    listener.annotated(
      files.documents.map((d) => {
        try {
          return parseAnnotations(d.annotations);
        } catch (error) {
          return { problems: (error as CorpusError).problems };
        }
      }),
    );
    expect(listener.begun()).toBeNull();
  });
});
