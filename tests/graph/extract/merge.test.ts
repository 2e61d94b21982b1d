// Merging a draft into annotations: reviewed work kept, old drafts replaced, rejections never proposed again.
import { describe, expect, it } from 'vitest';
import type { Annotations, RelationInput } from '../../../graph/corpus/annotations-schema.js';
import { mergeDraft, type Draft } from '../../../graph/extract/index.js';
import { entity, NO_ANNOTATIONS } from '../../fixtures/extract/articles.js';

const relation = (
  source: string,
  type: string,
  target: string,
  extra: Partial<RelationInput> = {},
): RelationInput => ({
  id: `${source}-${type}-${target}`,
  source,
  relation: type,
  target,
  evidence: [`${source} ${type} ${target}`],
  ...extra,
});

const draftOf = (relations: RelationInput[], entities = [] as Draft['entities']): Draft => ({
  entities,
  localAliases: {},
  relations: relations.map((r) => ({ ...r, status: 'draft', confidence: 0.5, reason: 'test' })),
});

const existing = (
  relations: RelationInput[],
  entities = [] as Annotations['entities'],
): Annotations => ({
  ...NO_ANNOTATIONS,
  entities,
  relations,
});

describe('mergeDraft', () => {
  it('keeps accepted, unreviewed and rejected annotations and replaces earlier drafts', () => {
    const before = existing([
      relation('a', 'leads', 'b'),
      relation('a', 'opposes', 'c', { status: 'accepted' }),
      relation('a', 'supports', 'd', { status: 'rejected' }),
      relation('a', 'warned', 'e', { status: 'draft' }),
    ]);
    const merged = mergeDraft(before, draftOf([relation('f', 'warned', 'g')]));
    expect(merged.relations.map((r) => r.id)).toEqual([
      'a-leads-b',
      'a-opposes-c',
      'a-supports-d',
      'f-warned-g',
    ]);
  });

  it('never proposes a rejected relation again: the same triple, or the same pair in the same words', () => {
    const before = existing([
      relation('a', 'supports', 'd', { status: 'rejected', evidence: ['a backs d firmly'] }),
    ]);
    const draft = draftOf([
      relation('a', 'supports', 'd', { evidence: ['elsewhere'] }),
      relation('d', 'opposes', 'a', { evidence: ['a backs d'] }),
      relation('d', 'opposes', 'a~', { evidence: ['a backs d'] }),
    ]);
    expect(mergeDraft(before, draft).relations.map((r) => r.source + r.target)).toEqual([
      'ad',
      'da~',
    ]);
  });

  it('does not duplicate an accepted relation nor an accepted entity', () => {
    const before = existing([relation('a', 'leads', 'b')], [entity('a', 'person', 'A')]);
    const draft = draftOf(
      [relation('a', 'leads', 'b')],
      [{ ...entity('a', 'person', 'A'), status: 'draft' }],
    );
    const merged = mergeDraft(before, draft);
    expect(merged.relations).toHaveLength(1);
    expect(merged.entities).toHaveLength(1);
  });

  it('drops a draft entity a reviewer rejected, and the draft relations that touch it', () => {
    const before = existing([], [{ ...entity('x', 'person', 'X'), status: 'rejected' }]);
    const draft = draftOf(
      [relation('x', 'leads', 'b')],
      [{ ...entity('x', 'person', 'X'), status: 'draft' }],
    );
    const merged = mergeDraft(before, draft);
    expect(merged.entities.map((e) => e.status)).toEqual(['rejected']);
    expect(merged.relations).toEqual([]);
  });

  it('renames a draft relation whose id a kept one holds', () => {
    const before = existing([relation('a', 'leads', 'b', { id: 'f-warned-g' })]);
    const merged = mergeDraft(before, draftOf([relation('f', 'warned', 'g')]));
    expect(merged.relations.map((r) => r.id)).toEqual(['f-warned-g', 'f-warned-g-2']);
  });
});
