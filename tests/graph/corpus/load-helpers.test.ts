// A large corpus loaded with helper processes gives what loading it in one process gives: documents, problems, mentions, positions.
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../../../bench/synthetic-corpus.js';
import { DRAWN_LAYOUT } from '../../../export/drawn-graph.js';
import {
  corpusOfParts,
  parseCorpusFiles,
  parseOrProblems,
  registryNameables,
  registryOrProblems,
  type ParsedOrProblems,
} from '../../../graph/corpus/assemble.js';
import { loadCorpusParts, readCorpusFiles } from '../../../graph/corpus/load.js';
import { HELPERS_FROM, loadHelpers } from '../../../graph/corpus/load-helpers.js';
import { matchNames, mentionIndex } from '../../../graph/corpus/mentions.js';
import type { DocumentFiles } from '../../../graph/corpus/parse-document.js';
import { CorpusError, type CorpusProblem } from '../../../graph/errors.js';
import { loadEssay, prepareEssay } from '../../../graph/essay.js';
import { TWO_ESSAYS } from '../../helpers/two-essays.js';

/** Enough copies of the fixture's documents to be worth helpers, every seventh one broken. */
async function largeCorpus(): Promise<DocumentFiles[]> {
  const { documents } = await readCorpusFiles(TWO_ESSAYS);
  return Array.from({ length: HELPERS_FROM + 10 }, (_, i) => {
    const source = documents[i % documents.length]!;
    const broken = i % 7 === 3;
    return {
      ...source,
      slug: `${source.slug}-${i}`,
      annotations: {
        ...source.annotations,
        content: broken
          ? `${source.annotations.content}\nunknown: 1\n`
          : source.annotations.content,
      },
    };
  });
}

/** What can be compared: the line finder is a function; its answers are compared instead. */
const comparable = (parsed: ParsedOrProblems) =>
  'problems' in parsed ? parsed : { ...parsed, yaml: parsed.yaml.lineOf(['relations', 0]) };

/** The problems of the CorpusError that `load` fails with. */
async function problemsOf(load: () => Promise<unknown>): Promise<CorpusProblem[]> {
  const error: unknown = await load().then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof CorpusError))
    throw new Error('expected the load to fail with a CorpusError');
  return error.problems;
}

/** A synthetic corpus over the helpers' threshold that loads without a problem, written once. */
const syntheticDir = (() => {
  let dir: string | undefined;
  return () => {
    if (dir) return dir;
    dir = mkdtempSync(join(tmpdir(), 'helpers-corpus-'));
    writeCorpus(dir, {
      seed: 'load-helpers',
      documents: HELPERS_FROM + 5,
      entities: 300,
      relationsPerDocument: 8,
      entitiesPerDocument: 12,
    });
    return dir;
  };
})();

describe('loadHelpers', () => {
  it('should parse a large corpus with helpers exactly as in this process, problems included, in order', async () => {
    const documents = await largeCorpus();
    const { registry } = await readCorpusFiles(TWO_ESSAYS);
    const names = registryNameables(registryOrProblems(registry));
    const helpers = loadHelpers();
    helpers.expect(documents.length);
    try {
      const { parsed, registryMatches } = await helpers.parse(documents, names);
      expect(parsed.map(comparable)).toEqual(documents.map(parseOrProblems).map(comparable));
      expect(parsed.filter((p) => 'problems' in p)).toHaveLength(30);
      // The helpers took part: they matched the registry's names in the texts they read, as this process would.
      expect(registryMatches.size).toBeGreaterThan(0);
      const index = mentionIndex(names);
      for (const [doc, matches] of registryMatches)
        expect(matches).toEqual(matchNames(doc.article.text, index));
    } finally {
      helpers.stop();
    }
  }, 60_000);

  it('should parse a small corpus in this process alone', async () => {
    const { documents } = await readCorpusFiles(TWO_ESSAYS);
    const helpers = loadHelpers();
    helpers.expect(documents.length);
    const { parsed, registryMatches } = await helpers.parse(documents, []);
    expect(parsed.map(comparable)).toEqual(documents.map(parseOrProblems).map(comparable));
    expect(registryMatches.size).toBe(0);
    expect(await helpers.usage()).toEqual([]);
  });

  it('should load a large corpus as one process does: the same corpus, and the same graph to its positions', async () => {
    const dir = syntheticDir();
    const loaded = await loadEssay(dir, { layout: DRAWN_LAYOUT });
    const alone = prepareEssay(parseCorpusFiles(await readCorpusFiles(dir)), {
      layout: DRAWN_LAYOUT,
    });
    expect(loaded.corpus).toEqual(alone.corpus);
    expect(loaded.graph.export()).toEqual(alone.graph.export());
  }, 60_000);

  it('should report the problems of a large corpus as one process does, a quote from another document included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'helpers-broken-'));
    cpSync(syntheticDir(), dir, { recursive: true });
    const [first, second] = readdirSync(dir)
      .filter((name) => !name.includes('.'))
      .sort();
    const title = readFileSync(join(dir, second!, 'essay.txt'), 'utf8')
      .split('---\n')[1]!
      .split('\n')[0]!;
    const annotations = join(dir, first!, 'annotations.yaml');
    const relation = readFileSync(annotations, 'utf8')
      .split('relations:\n')[1]!
      .split('\n  - ')[0]!;
    const borrowed = relation.replace(
      /evidence:\n(?:\s+- .*\n?)+/,
      `evidence:\n      - ${title}\n`,
    );
    appendFileSync(annotations, `\n${borrowed.replace(/\n$/, '')}\n`);
    const files = await readCorpusFiles(dir);
    const alone = await problemsOf(async () => parseCorpusFiles(files));
    expect(alone.some((p) => p.message.startsWith('quote from another document'))).toBe(true);
    expect(await problemsOf(() => loadCorpusParts(dir))).toEqual(alone);
  }, 60_000);

  it('should finish the load in this process when its helper is gone', async () => {
    const dir = syntheticDir();
    const helpers = loadHelpers();
    const parse = helpers.parse.bind(helpers);
    // The helper is stopped while it holds batches: they come back to this process.
    helpers.parse = (documents, registry) => {
      const parsed = parse(documents, registry);
      helpers.stop();
      return parsed;
    };
    const parts = await loadCorpusParts(dir, helpers);
    expect(corpusOfParts(parts)).toEqual(parseCorpusFiles(await readCorpusFiles(dir)));
    // Nor is there a helper left to spread the layout: the load spreads it itself.
    const { positions } = await helpers.spread({ entities: [], relations: [] }, {});
    expect(await positions).toBeNull();
  }, 60_000);
});
