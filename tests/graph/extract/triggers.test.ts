// The vocabulary's trigger words: each names one type, and inflected forms are found in running text.
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../graph/extract/triggers.js';
import { RELATION_TYPES } from '../../../graph/relation-types.js';

describe('trigger words', () => {
  it('gives each trigger to one relation type only', () => {
    const owners = new Map<string, string[]>();
    for (const [type, { triggers }] of Object.entries(RELATION_TYPES))
      for (const t of triggers) owners.set(t, [...(owners.get(t) ?? []), type]);
    expect([...owners].filter(([, types]) => types.length > 1)).toEqual([]);
  });

  it.each([
    ['The minister denounced the deal', 'denounced'],
    ['They are denouncing it', 'denounced'],
    ['It allied itself with its neighbour', 'allied-with'],
    ['the two allies met', 'allied-with'],
    ['a president-elect arrived', 'president-elect-of'],
    ['the war against the rebels', 'wages-war-on'],
    ['the anti-Soviet bloc', 'aimed-against'],
  ])('finds a trigger in "%s"', (text, type) => {
    expect(findTriggers(text).map((t) => t.type)).toContain(type);
  });

  it('prefers the longest trigger at a word ("led to" over "led")', () => {
    expect(findTriggers('the crisis led to a war').map((t) => t.type)).toEqual(['led-to']);
  });

  it('gives offsets into the article', () => {
    const [hit] = findTriggers('Paris warned Rome', 100);
    expect(hit).toMatchObject({ type: 'warned', start: 106, end: 112 });
  });
});
