import { describe, expect, it } from 'vitest';
import { computeGraphView } from '../../client/drawing/graph-view.js';
import { setYear, toggleKind, toggleModality } from '../../client/state/filters.js';
import { initialState } from '../../client/state/initial-state.js';
import { askPath, receivePaths, showPath } from '../../client/state/path.js';
import { focusOn, hoverNode, select } from '../../client/state/selection.js';
import type { PathAnswer, PathRequest } from '../../client/types.js';
import { ESSAY_YEARS, smallGraph } from '../helpers/essay-graph.js';

describe('computeGraphView', () => {
  it('should emphasise nothing and hide nothing by default', () => {
    const view = computeGraphView(smallGraph(), initialState(ESSAY_YEARS));
    expect(view.emphasisNodes).toBeNull();
    expect(view.hiddenNodes.size + view.hiddenEdges.size + view.isolatedNodes.size).toBe(0);
  });

  it('should emphasise a hovered node and its neighbours', () => {
    const view = computeGraphView(smallGraph(), hoverNode('b')(initialState(ESSAY_YEARS)));
    expect([...view.emphasisNodes!].sort()).toEqual(['a', 'b', 'c']);
    expect([...view.emphasisEdges!].sort()).toEqual(['ab', 'bc']);
  });

  it('should let hover win over the selection', () => {
    const state = hoverNode('d')(select({ type: 'node', id: 'a' })(initialState(ESSAY_YEARS)));
    expect([...computeGraphView(smallGraph(), state).emphasisNodes!].sort()).toEqual(['c', 'd']);
  });

  it('should emphasise a selected edge and its two ends', () => {
    const view = computeGraphView(
      smallGraph(),
      select({ type: 'edge', id: 'bc' })(initialState(ESSAY_YEARS)),
    );
    expect([...view.emphasisNodes!].sort()).toEqual(['b', 'c']);
  });

  it('should hide relations not in force in the chosen year and dim nodes left alone', () => {
    const view = computeGraphView(smallGraph(), setYear(1980)(initialState(ESSAY_YEARS)));
    expect([...view.hiddenEdges]).toEqual(['cd']);
    expect([...view.isolatedNodes]).toEqual(['d']);
  });

  it('should keep undated relations in any year', () => {
    expect(
      computeGraphView(smallGraph(), setYear(1953)(initialState(ESSAY_YEARS))).hiddenEdges.has(
        'ab',
      ),
    ).toBe(false);
  });

  it('should hide a kind and the relations touching it', () => {
    const g = smallGraph();
    g.addDirectedEdgeWithKey('ae', 'a', 'e', g.getEdgeAttributes('ab'));
    const view = computeGraphView(g, toggleKind('state')(initialState(ESSAY_YEARS)));
    expect([...view.hiddenNodes]).toEqual(['e']);
    expect([...view.hiddenEdges]).toEqual(['ae']);
  });

  it('should hide claims when their modality is filtered out', () => {
    const view = computeGraphView(smallGraph(), toggleModality('claim')(initialState(ESSAY_YEARS)));
    expect([...view.hiddenEdges]).toEqual(['bc']);
  });

  it('should show only the neighbourhood of a focused node', () => {
    const view = computeGraphView(smallGraph(), focusOn('a', 1)(initialState(ESSAY_YEARS)));
    expect([...view.hiddenNodes].sort()).toEqual(['c', 'd', 'e']);
  });

  it('should emphasise exactly the nodes and edges of the drawn path', () => {
    const request: PathRequest = { type: 'line', line: 'a -> c' };
    const answer = {
      query: {},
      paths: [
        {
          nodes: [
            { id: 'a', label: 'A', kind: 'person' },
            { id: 'b', label: 'B', kind: 'person' },
            { id: 'c', label: 'C', kind: 'person' },
          ],
          hops: [{ edge: 'ab' }, { edge: 'bc' }],
          length: 2,
          narrative: '',
        },
      ],
    } as unknown as PathAnswer;
    const state = showPath(0)(
      receivePaths(request, answer)(askPath(request)(initialState(ESSAY_YEARS))),
    );
    const view = computeGraphView(smallGraph(), state);
    expect([...view.emphasisNodes!].sort()).toEqual(['a', 'b', 'c']);
    expect([...view.emphasisEdges!].sort()).toEqual(['ab', 'bc']);
  });
});
