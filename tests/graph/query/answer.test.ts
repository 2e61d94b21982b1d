import { beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError } from '../../../graph/errors.js';
import { loadEssay, type LoadedEssay } from '../../../graph/essay.js';
import { answerPathRequest } from '../../../graph/query/answer.js';
import { MINI_CORPUS } from '../../helpers/fixtures.js';
import { DRAWN_LAYOUT } from '../../../export/drawn-graph.js';

let essay: LoadedEssay;
beforeAll(async () => {
  essay = await loadEssay(MINI_CORPUS, { layout: DRAWN_LAYOUT });
});

describe('answerPathRequest', () => {
  it('should resolve names and echo the query with its defaults', () => {
    const answer = answerPathRequest(essay, { from: 'mao', to: 'stalin' });
    expect(answer.query).toEqual({
      from: { input: 'mao', id: 'mao-zedong', label: 'Mao Zedong', kind: 'person' },
      to: { input: 'stalin', id: 'joseph-stalin', label: 'Joseph Stalin', kind: 'person' },
      via: [],
      k: 1,
      maxHops: 6,
      directed: false,
      filters: {},
    });
    expect(answer.paths[0]!.nodes.map((n) => n.id)).toEqual([
      'mao-zedong',
      'nikita-khrushchev',
      'joseph-stalin',
    ]);
    expect(answer.reason).toBeUndefined();
  });

  it('should report alternatives for an ambiguous name', () => {
    const answer = answerPathRequest(essay, { from: 'soviet', to: 'china' });
    expect(answer.query.from.id).toBe('soviet-union');
    expect(answer.query.from.alternatives?.map((a) => a.id)).toEqual(['sino-soviet-split']);
  });

  it('should answer no path with an empty list and a reason in words', () => {
    const answer = answerPathRequest(essay, { from: 'mao', to: 'china', at: 1960, facts: true });
    expect(answer.paths).toEqual([]);
    expect(answer.reason).toBe(
      'No path connects Mao Zedong and China in at most 6 hops (facts only; in 1960).',
    );
    expect(answer.query.filters).toEqual({ at: 1960, facts: true });
  });

  it('should say which leg of a waypoint query has no path', () => {
    const answer = answerPathRequest(essay, { from: 'mao', via: ['khrushchev'], to: 'jane roe' });
    expect(answer.paths).toEqual([]);
    expect(answer.reason).toMatch(
      /^No path connects Nikita Khrushchev and Jane Roe without passing through the other stops/,
    );
  });

  it('should say when the legs exist but only by visiting an entity twice', () => {
    // Stalin → Mao and Mao → the United States both need Khrushchev.
    const answer = answerPathRequest(essay, { from: 'stalin', via: ['mao'], to: 'u.s.' });
    expect(answer.paths).toEqual([]);
    expect(answer.reason).toBe(
      'No path goes from Joseph Stalin through Mao Zedong to United States without visiting an entity twice, in at most 6 hops.',
    );
  });

  it('should say the unknown name and the parameter it came in', () => {
    expect(() => answerPathRequest(essay, { from: 'mao', via: ['gandalf'], to: 'china' })).toThrow(
      NotFoundError,
    );
    expect(() => answerPathRequest(essay, { from: 'mao', via: ['gandalf'], to: 'china' })).toThrow(
      expect.objectContaining({ parameter: 'via' }),
    );
  });
});
