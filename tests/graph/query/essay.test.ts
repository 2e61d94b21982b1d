// The path engine on the real essay (corpus/zivo-russia-china): the questions the product exists to answer.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEssay, type LoadedEssay } from '../../../graph/essay.js';
import { answerPathRequest } from '../../../graph/query/answer.js';
import { parsePathQuery } from '../../../graph/query/syntax.js';
import type { PathAnswer } from '../../../graph/query/types.js';
import { ESSAY_CORPUS } from '../../helpers/fixtures.js';
import { DRAWN_LAYOUT } from '../../../export/drawn-graph.js';

let essay: LoadedEssay;
beforeAll(async () => {
  essay = await loadEssay(ESSAY_CORPUS, { layout: DRAWN_LAYOUT });
});

const ask = (line: string): PathAnswer => answerPathRequest(essay, parsePathQuery(line));

/** Every hop quotes the essay: its evidence is non-empty and each quote is the article's own text. */
function expectQuotesOnEveryHop(answer: PathAnswer): void {
  for (const path of answer.paths) {
    for (const hop of path.hops) {
      expect(hop.evidence.length).toBeGreaterThan(0);
      for (const e of hop.evidence)
        expect(essay.corpus.documents[0]!.article.text.slice(e.start, e.end)).toBe(e.quote);
    }
  }
}

describe('path queries on the essay', () => {
  it('should go from Mao through Khrushchev to de-Stalinization, quoting every hop', () => {
    const answer = ask('mao -> khrushchev -> de-stalinization');
    expect(answer.query.via[0]!.label).toBe('Nikita Khrushchev');
    expect(answer.paths.length).toBe(1);
    const nodes = answer.paths[0]!.nodes.map((n) => n.label);
    expect(nodes[0]).toBe('Mao Zedong');
    expect(nodes).toContain('Nikita Khrushchev');
    expect(nodes.at(-1)).toBe(answer.query.to.label);
    expect(answer.query.to.id).toBe('de-stalinization');
    expectQuotesOnEveryHop(answer);
    expect(answer.paths[0]!.narrative).toMatch(/^Mao Zedong .+ Nikita Khrushchev .*\[1\]; .*\[2\]/);
  });

  it('should connect Nixon to Mao in two hops or fewer', () => {
    const answer = ask('nixon -> mao');
    expect(answer.query.from.label).toBe('Richard Nixon');
    expect(answer.paths[0]!.length).toBeLessThanOrEqual(2);
    expectQuotesOnEveryHop(answer);
  });

  it('should give three distinct paths for k=3, shortest first', () => {
    const answer = ask('nixon -> mao k=3');
    expect(answer.paths).toHaveLength(3);
    const keys = answer.paths.map((p) => p.nodes.map((n) => n.id).join('>'));
    expect(new Set(keys).size).toBe(3);
    const lengths = answer.paths.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expectQuotesOnEveryHop(answer);
  });

  it('should not link Trump and Putin in 1969', () => {
    expect(ask('trump -> putin at=1969').paths).toEqual([]);
  });
});

describe('hops on the essay read as sentences', () => {
  it.each([
    ['russia -> united-states', 'The United States is drawing closer to Russia'],
    [
      'sino-russian-alliance -> united-states',
      'The United States seeks to weaken the Sino-Russian alliance',
    ],
    ['richard-nixon -> mao-zedong', 'Mao Zedong was eager to partner with Richard Nixon'],
    ['united-states -> richard-nixon', 'Richard Nixon was president of the United States'],
  ])('should state %s with its real subject first', (line, sentence) => {
    expect(ask(line).paths[0]!.narrative).toContain(sentence);
  });

  it('should open every hop clause with the relation’s real source, whichever way the path runs', () => {
    for (const line of ['mao -> trump k=5', 'trump -> mao k=5', 'ukraine -> stalin k=3']) {
      for (const hop of ask(line).paths.flatMap((p) => p.hops)) {
        const source = essay.graph.source(hop.edge);
        expect(hop.clause.find((part) => part.entity)?.entity, hop.edge).toBe(source);
      }
    }
  });
});
