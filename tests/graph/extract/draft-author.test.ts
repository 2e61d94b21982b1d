// A document without an author gets one from its header: a known entity of that name, or a person proposed.
import { describe, expect, it } from 'vitest';
import { UNKNOWN_HEADER_VALUE } from '../../../graph/corpus/essay-file.js';
import { draftAnnotations, mergeDraft } from '../../../graph/extract/index.js';
import { entity, inputOf, NO_ANNOTATIONS } from '../../fixtures/extract/articles.js';

const TEXT = 'In 1956, Nikita Khrushchev denounced Joseph Stalin before the party congress.';
const WITHOUT_AUTHOR = { ...NO_ANNOTATIONS, author: undefined };

function draftBy(author: string, registry = [entity('joseph-stalin', 'person', 'Joseph Stalin')]) {
  const input = inputOf(TEXT, registry, WITHOUT_AUTHOR);
  return draftAnnotations({
    ...input,
    article: { ...input.article, meta: { ...input.article.meta, author } },
  });
}

describe('the draft author', () => {
  it('should propose the header’s author as a person of the document, a draft who asserts the relations', () => {
    const draft = draftBy('Ada Writer');
    expect(draft.author).toBe('ada-writer');
    expect(draft.entities.find((e) => e.id === 'ada-writer')).toMatchObject({
      kind: 'person',
      label: 'Ada Writer',
      status: 'draft',
    });
    expect(mergeDraft(WITHOUT_AUTHOR, draft).author).toBe('ada-writer');
  });

  it('should link an author the registry knows, proposing no one', () => {
    const draft = draftBy('Joseph Stalin');
    expect(draft.author).toBe('joseph-stalin');
    expect(draft.entities.filter((e) => e.label === 'Joseph Stalin')).toEqual([]);
  });

  it('should leave alone annotations that name their author, and a header that names none', () => {
    const input = inputOf(TEXT);
    expect(draftAnnotations(input).author).toBeUndefined();
    expect(mergeDraft(NO_ANNOTATIONS, draftBy('Ada Writer')).author).toBe('fixture-author');
    expect(draftBy(UNKNOWN_HEADER_VALUE).author).toBeUndefined();
  });
});
