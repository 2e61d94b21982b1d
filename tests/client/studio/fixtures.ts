// A small review as the API answers it, and its article, for the studio's unit tests.
import type { ReviewAnnotations, ReviewRelation } from '../../../contract/annotations.js';
import type { Article } from '../../../client/types.js';
import { initialStudioState, type StudioState } from '../../../client/studio/state/studio-state.js';
import { documentArrived } from '../../../client/studio/state/review-load.js';

export const TEXT =
  'in 1956, nikita khrushchev denounced joseph stalin. mao zedong criticized khrushchev.';

export const ARTICLE: Article = {
  meta: { title: 'The thaw', author: 'Cy Draft', publication: 'Test', published: '1999' },
  text: TEXT,
  paragraphs: [{ section: 'body', start: 0, end: TEXT.length }],
  sentences: [
    { index: 0, paragraph: 0, section: 'body', start: 0, end: 51, text: TEXT.slice(0, 51) },
    { index: 1, paragraph: 0, section: 'body', start: 52, end: TEXT.length, text: TEXT.slice(52) },
  ],
};

export function relation(id: string, extra: Partial<ReviewRelation> = {}): ReviewRelation {
  return {
    id,
    source: 'nikita-khrushchev',
    relation: 'denounced',
    target: 'joseph-stalin',
    evidence: ['nikita khrushchev denounced joseph stalin'],
    evidenceSpans: [{ start: 9, end: 50 }],
    status: 'draft',
    ...extra,
  };
}

export function review(relations: ReviewRelation[], version = 'v1'): ReviewAnnotations {
  const entity = (id: string, label: string, start: number, end: number) => ({
    id,
    kind: 'person' as const,
    label,
    aliases: [],
    description: '',
    home: 'registry' as const,
    status: 'accepted' as const,
    localAliases: [],
    mentions: [{ start, end }],
  });
  return {
    slug: 'the-thaw',
    version,
    entities: [
      entity('nikita-khrushchev', 'Nikita Khrushchev', 9, 26),
      entity('joseph-stalin', 'Joseph Stalin', 37, 50),
      { ...entity('mao-zedong', 'Mao Zedong', 52, 62), status: 'draft', home: 'document' },
    ],
    relations,
    counts: { draft: 0, accepted: 0, rejected: 0 },
  };
}

/** The studio with `relations` loaded. */
export function loaded(relations: ReviewRelation[], version = 'v1'): StudioState {
  return documentArrived(ARTICLE, review(relations, version))(initialStudioState('the-thaw'));
}
