import { describe, expect, it } from 'vitest';
import { groupRelations } from '../../../graph/query/relation-groups.js';
import { essayGraph, smallGraph } from '../../helpers/essay-graph.js';

describe('groupRelations', () => {
  it('should group by type and direction, reading incoming relations with the inverse label', () => {
    const groups = groupRelations(smallGraph(), 'b');
    expect(groups.map((g) => [g.relation, g.direction, g.label]).sort()).toEqual([
      ['denounced', 'in', 'was denounced by'],
      ['praised', 'out', 'praised'],
    ]);
  });

  it('should put the largest group first and order each group by the other entity', () => {
    const graph = essayGraph([
      ['a', 'c'],
      ['a', 'b'],
      ['d', 'a'],
    ]);
    const groups = groupRelations(graph, 'a');
    expect(groups.map((g) => [g.label, g.relations.map((r) => r.other)])).toEqual([
      ['denounced', ['b', 'c']],
      ['was denounced by', ['d']],
    ]);
  });
});
