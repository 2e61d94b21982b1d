import { describe, expect, it } from 'vitest';
import { findMentions, mentionIndex } from '../../../graph/corpus/mentions.js';
import { splitSentences } from '../../../graph/corpus/sentences.js';
import type { Article } from '../../../graph/types.js';

function articleOf(text: string): Article {
  const paragraphs = [{ section: 'body' as const, start: 0, end: text.length }];
  return {
    meta: { title: 't', author: 'a', publication: 'p' },
    text,
    paragraphs,
    sentences: splitSentences(text, paragraphs),
  };
}

describe('findMentions', () => {
  const entities = [
    { id: 'soviet-union', label: 'Soviet Union', aliases: ['soviet', 'the soviets'] },
    { id: 'split', label: 'Sino-Soviet split', aliases: [] },
    { id: 'russia', label: 'Russia', aliases: ['moscow'] },
  ];

  it('should match case-insensitively and word-bounded', () => {
    const m = findMentions(articleOf('Moscow spoke. Moscowite is not moscow’s word.'), 'doc', [
      mentionIndex(entities),
    ]);
    expect(m.get('russia')!.map((x) => x.text)).toEqual(['Moscow', 'moscow']);
  });

  it('should give overlaps to the longest alias', () => {
    const m = findMentions(
      articleOf('the sino-soviet split came when the soviets quarrelled.'),
      'doc',
      [mentionIndex(entities)],
    );
    expect(m.get('split')!.map((x) => x.text)).toEqual(['sino-soviet split']);
    expect(m.get('soviet-union')!.map((x) => x.text)).toEqual(['the soviets']);
  });

  it('should record the sentence and offsets of each mention', () => {
    const text = 'first one. then moscow.';
    const [m] = findMentions(articleOf(text), 'doc', [mentionIndex(entities)]).get('russia')!;
    expect(m).toEqual({ doc: 'doc', sentence: 1, start: 16, end: 22, text: 'moscow' });
    expect(text.slice(m!.start, m!.end)).toBe('moscow');
  });
});

describe('findMentions with very long names', () => {
  it('should match a 30,000-character name without building a regex for it', () => {
    const name = 'abc'.repeat(10_000);
    const article = articleOf(`x ${name} y`);
    const found = findMentions(article, 'doc', [
      mentionIndex([{ id: 'long', label: name, aliases: [] }]),
    ]);
    expect(found.get('long')).toHaveLength(1);
    expect(found.get('long')![0]).toMatchObject({ start: 2, end: 30_002 });
  });

  it('should still require word boundaries and ignore case', () => {
    const article = articleOf('Mao met maoist mao.');
    const found = findMentions(article, 'doc', [
      mentionIndex([{ id: 'mao', label: 'MAO', aliases: [] }]),
    ]);
    expect(found.get('mao')!.map((m) => m.start)).toEqual([0, 15]);
  });
});
