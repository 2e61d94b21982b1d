import { beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError } from '../../../graph/errors.js';
import { loadEssay, type LoadedEssay } from '../../../graph/essay.js';
import { entityDetail } from '../../../graph/query/entity-detail.js';
import { MINI_CORPUS } from '../../helpers/fixtures.js';
import { DRAWN_LAYOUT } from '../../../export/drawn-graph.js';

let essay: LoadedEssay;
beforeAll(async () => {
  essay = await loadEssay(MINI_CORPUS, { layout: DRAWN_LAYOUT });
});

describe('entityDetail', () => {
  it('should give the attributes of the entity', () => {
    expect(entityDetail(essay, 'nikita-khrushchev')).toMatchObject({
      id: 'nikita-khrushchev',
      label: 'Nikita Khrushchev',
      kind: 'person',
      aliases: ['khrushchev'],
      description: 'Soviet leader.',
      degree: 3,
    });
  });

  it("should group relations by type, read from the entity's side, with evidence", () => {
    const [group] = entityDetail(essay, 'nikita-khrushchev').relations;
    expect(group!.relation).toBe('denounced');
    expect(group!.relations.map((r) => [r.direction, r.label, r.other.id])).toEqual([
      ['out', 'denounced', 'joseph-stalin'],
      ['out', 'denounced', 'soviet-union'],
      ['in', 'was denounced by', 'mao-zedong'],
    ]);
    expect(group!.relations[2]!.evidence[0]!.quote).toBe('called khrushchev a “revisionist.”');
  });

  it('should give each mention with its sentence', () => {
    const { mentions } = entityDetail(essay, 'mao-zedong');
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) expect(m.sentenceText.toLowerCase()).toContain(m.text.toLowerCase());
  });

  it('should refuse an unknown id', () => {
    expect(() => entityDetail(essay, 'nobody')).toThrow(NotFoundError);
  });
});
