// Candidates told as the explorer tells hops: subject first, tense by the document's year, claims attributed.
import { describe, expect, it } from 'vitest';
import { castOf, relationSentence } from '../../../client/studio/state/relation-sentence.js';
import { ARTICLE, relation, review } from './fixtures.js';

const cast = castOf(review([]).entities, ARTICLE);

describe('a candidate as a sentence', () => {
  it('should tell the relation with its names and its date', () => {
    const told = relation('a', { time: { start: 1956, end: 1956 } });
    expect(relationSentence(told, cast)).toBe('Nikita Khrushchev denounced Joseph Stalin (1956)');
  });

  it('should say a date from general knowledge is not in the text', () => {
    const told = relation('a', {
      time: { start: 1956, end: 1956, from: 'knowledge', source: 'x' },
    });
    expect(relationSentence(told, cast)).toMatch(/\(1956, general knowledge, not in the essay\)$/);
    const fromText = relation('a', { time: { start: 1956, end: 1956, from: 'text' } });
    expect(relationSentence(fromText, cast)).toMatch(/\(1956\)$/);
  });

  it('should attribute a claim to its speaker, or to the author', () => {
    const claim = relation('a', { relation: 'criticizes', modality: 'claim' });
    expect(relationSentence(claim, cast)).toBe(
      'Nikita Khrushchev criticizes Joseph Stalin, according to Cy Draft',
    );
    expect(relationSentence({ ...claim, assertedBy: 'mao-zedong' }, cast)).toMatch(
      /according to Mao Zedong$/,
    );
  });
});
