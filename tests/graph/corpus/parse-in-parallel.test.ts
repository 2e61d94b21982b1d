// Parsing a large corpus on worker threads gives what parsing it here gives: documents, problems and their order.
import { describe, expect, it } from 'vitest';
import { parseOrProblems, type ParsedOrProblems } from '../../../graph/corpus/assemble.js';
import { readCorpusFiles } from '../../../graph/corpus/load.js';
import type { DocumentFiles } from '../../../graph/corpus/parse-document.js';
import { documentParser, PARALLEL_PARSE_FROM } from '../../../graph/corpus/parse-in-parallel.js';
import { TWO_ESSAYS } from '../../helpers/two-essays.js';

/** Enough copies of the fixture's documents to be worth workers, every seventh one broken. */
async function largeCorpus(): Promise<DocumentFiles[]> {
  const { documents } = await readCorpusFiles(TWO_ESSAYS);
  return Array.from({ length: PARALLEL_PARSE_FROM + 10 }, (_, i) => {
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

/** What can be compared: the line finder is a function, rebuilt on arrival; its answers are compared instead. */
const comparable = (parsed: ParsedOrProblems) =>
  'problems' in parsed ? parsed : { ...parsed, yaml: parsed.yaml.lineOf(['relations', 0]) };

describe('documentParser', () => {
  it('should parse a large corpus on workers exactly as on this thread, problems included, in order', async () => {
    const documents = await largeCorpus();
    const parallel = await documentParser(documents.length).parse(documents);
    const here = documents.map(parseOrProblems);
    expect(parallel.map(comparable)).toEqual(here.map(comparable));
    expect(parallel.filter((p) => 'problems' in p)).toHaveLength(30);
  }, 60_000);

  it('should parse a small corpus on this thread alone', async () => {
    const { documents } = await readCorpusFiles(TWO_ESSAYS);
    const parsed = await documentParser(documents.length).parse(documents);
    expect(parsed.map(comparable)).toEqual(documents.map(parseOrProblems).map(comparable));
  });
});
