// Capitalized words that name no one: a sentence's first words, and a title standing alone.
import { describe, expect, it } from 'vitest';
import { draftAnnotations } from '../../../graph/extract/index.js';
import { inputOf } from '../../fixtures/extract/articles.js';

const proposedLabels = (text: string) =>
  draftAnnotations(inputOf(text)).entities.map((e) => e.label);

describe('names in cased text', () => {
  it.each([
    [
      'a sentence opening on a preposition and a month',
      'In March 2023, the talks resumed in Geneva.',
      'In March',
    ],
    [
      'a title before a name the tagger stops short of',
      'Chinese President Xi Jinping visited Moscow.',
      'President',
    ],
    ['a title after a determiner', 'The Prime Minister said nothing.', 'Prime Minister'],
  ])('should not propose %s', (_, text, label) => {
    expect(proposedLabels(text)).not.toContain(label);
  });

  it('should still propose a name that follows the sentence’s first word', () => {
    expect(proposedLabels('When Xi Jinping visited Moscow, talks resumed.')).toContain(
      'Xi Jinping',
    );
  });
});
