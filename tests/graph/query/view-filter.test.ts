import { describe, expect, it } from 'vitest';
import {
  edgeInView,
  filterGraph,
  isEmptyFilter,
  timeHolds,
} from '../../../graph/query/view-filter.js';
import { essayGraph } from '../../helpers/essay-graph.js';

const graph = essayGraph(
  [
    ['a', 'b', { time: { start: 1956, end: 1966 } }],
    ['b', 'c', { relation: 'admired', modality: 'claim' }],
    ['c', 'd', { time: { start: 2022, end: null } }],
  ],
  { c: 'concept' },
);

describe('timeHolds', () => {
  it('should treat open ends as unbounded and undated spans as timeless', () => {
    expect(timeHolds({ start: 1956, end: 1966 }, 1956)).toBe(true);
    expect(timeHolds({ start: 1956, end: 1966 }, 1967)).toBe(false);
    expect(timeHolds({ start: null, end: 1966 }, -100)).toBe(true);
    expect(timeHolds({ start: 2022, end: null }, 2021)).toBe(false);
    expect(timeHolds(null, 1000)).toBe(true);
  });
});

describe('edgeInView', () => {
  it('should combine time, relation type and modality', () => {
    const attrs = graph.getEdgeAttributes('e1');
    expect(edgeInView(attrs, {})).toBe(true);
    expect(edgeInView(attrs, { relations: ['admired'] })).toBe(true);
    expect(edgeInView(attrs, { relations: ['denounced'] })).toBe(false);
    expect(edgeInView(attrs, { facts: true })).toBe(false);
    expect(edgeInView(attrs, { at: 1 })).toBe(true);
  });
});

describe('filterGraph', () => {
  it('should return a filtered copy and leave the graph alone', () => {
    const view = filterGraph(graph, { at: 1960 });
    expect(view).not.toBe(graph);
    expect(view.edges()).toEqual(['e0', 'e1']);
    expect(view.order).toBe(4);
    expect(graph.size).toBe(3);
    view.setNodeAttribute('a', 'label', 'changed');
    expect(graph.getNodeAttribute('a', 'label')).toBe('A');
  });

  it('should keep only the kinds asked for, with the relations between them', () => {
    const view = filterGraph(graph, { kinds: ['person'] });
    expect(view.nodes()).toEqual(['a', 'b', 'd']);
    expect(view.edges()).toEqual(['e0']);
  });

  it('should keep facts and relation types when asked', () => {
    expect(filterGraph(graph, { facts: true }).edges()).toEqual(['e0', 'e2']);
    expect(filterGraph(graph, { relations: ['admired'] }).edges()).toEqual(['e1']);
  });

  it('should keep the graph attributes', () => {
    expect(filterGraph(graph, {}).getAttributes()).toEqual(graph.getAttributes());
    expect(isEmptyFilter({})).toBe(true);
    expect(isEmptyFilter({ kinds: ['person'] })).toBe(false);
  });
});
