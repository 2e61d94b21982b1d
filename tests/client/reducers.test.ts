import { describe, expect, it } from 'vitest';
import { computeGraphView } from '../../client/drawing/graph-view.js';
import { createReducers, EDGE_TYPE, withAlpha } from '../../client/drawing/reducers.js';
import { setYear } from '../../client/state/filters.js';
import { initialState } from '../../client/state/initial-state.js';
import { hoverNode, select } from '../../client/state/selection.js';
import { LIGHT } from '../../client/views/theme.js';
import type { State } from '../../client/types.js';
import { ESSAY_YEARS, smallGraph } from '../helpers/essay-graph.js';

function reducersFor(state: State) {
  const graph = smallGraph();
  const r = createReducers(computeGraphView(graph, state), state, LIGHT);
  return {
    node: (id: string) => r.nodeReducer(id, graph.getNodeAttributes(id)),
    edge: (id: string) => r.edgeReducer(id, graph.getEdgeAttributes(id)),
  };
}

describe('reducers', () => {
  it('should draw facts solid and claims dashed', () => {
    const r = reducersFor(initialState(ESSAY_YEARS));
    expect(r.edge('ab').type).toBe(EDGE_TYPE.solid);
    expect(r.edge('bc').type).toBe(EDGE_TYPE.dashed);
  });

  it('should show no edge labels until an edge is emphasised', () => {
    expect(reducersFor(initialState(ESSAY_YEARS)).edge('ab').label).toBeNull();
    expect(reducersFor(hoverNode('a')(initialState(ESSAY_YEARS))).edge('ab').label).toBe(
      'denounced',
    );
  });

  it('should dim what a hover leaves out and force the labels of what it keeps', () => {
    const r = reducersFor(hoverNode('a')(initialState(ESSAY_YEARS)));
    expect(r.node('d')).toMatchObject({ color: LIGHT.dimNode, label: null });
    expect(r.node('b')).toMatchObject({ forceLabel: true, color: '#0072B2' });
    expect(r.edge('cd').color).toBe(LIGHT.dimEdge);
  });

  it('should mark the selected node as highlighted', () => {
    expect(
      reducersFor(select({ type: 'node', id: 'c' })(initialState(ESSAY_YEARS))).node('c')
        .highlighted,
    ).toBe(true);
  });

  it('should hide relations outside the year', () => {
    expect(reducersFor(setYear(1990)(initialState(ESSAY_YEARS))).edge('cd').hidden).toBe(true);
  });

  it('should dim and unlabel nodes a year leaves alone, and label the few still active', () => {
    const r = reducersFor(setYear(1990)(initialState(ESSAY_YEARS)));
    expect(r.node('d')).toMatchObject({ color: LIGHT.dimNode, label: null });
    expect(r.node('a').forceLabel).toBe(true);
  });
});

describe('withAlpha', () => {
  it('should append an alpha byte to a six-digit colour', () => {
    expect(withAlpha('#C0392B', 0.6)).toBe('#C0392B99');
  });

  it('should leave other colour forms alone', () => {
    expect(withAlpha('red', 0.5)).toBe('red');
  });
});
