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

  it("should group relations by type and direction, read from the entity's side, with evidence", () => {
    const groups = entityDetail(essay, 'nikita-khrushchev').relations;
    expect(
      groups.map((g) => [g.relation, g.direction, g.label, g.relations.map((r) => r.other.id)]),
    ).toEqual([
      ['denounced', 'out', 'denounced', ['joseph-stalin', 'soviet-union']],
      ['denounced', 'in', 'was denounced by', ['mao-zedong']],
    ]);
    const [incoming] = groups[1]!.relations;
    expect([incoming!.direction, incoming!.label]).toEqual(['in', 'was denounced by']);
    expect(incoming!.evidence[0]!.quote).toBe('called khrushchev a “revisionist.”');
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
