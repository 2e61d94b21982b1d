import { describe, expect, it } from 'vitest';
import { computeGraphView } from '../../client/drawing/graph-view.js';
import { createReducers } from '../../client/drawing/reducers.js';
import { YEAR_CHANGE_COLORS } from '../../export/style.js';
import { compareYears } from '../../client/state/compare.js';
import { setYear, toggleKind } from '../../client/state/filters.js';
import { initialState } from '../../client/state/initial-state.js';
import { askPath, receivePaths } from '../../client/state/path.js';
import type { PathAnswer, PathRequest, Theme } from '../../client/types.js';
import { edgeAttrs, ESSAY_YEARS, smallGraph } from '../helpers/essay-graph.js';

const theme = { dimNode: '#ccc', dimEdge: '#ddd', label: '#000' } as Theme;

describe('computeGraphView while comparing years', () => {
  it('should show only dated relations that began, ended or held, in place of the year', () => {
    const graph = smallGraph();
    graph.addDirectedEdgeWithKey('da', 'd', 'a', edgeAttrs({ time: { start: 2000, end: null } }));
    const state = compareYears({ from: 1969, to: 2025 })(setYear(1980)(initialState(ESSAY_YEARS)));
    const view = computeGraphView(graph, state);
    expect(Object.fromEntries(view.changes!)).toEqual({ cd: 'ended', da: 'began' });
    expect([...view.hiddenEdges].sort()).toEqual(['ab', 'bc']);
    const reducers = createReducers(view, state, theme);
    const began = YEAR_CHANGE_COLORS.began;
    expect(reducers.edgeReducer('da', graph.getEdgeAttributes('da')).color).toBe(began);
  });

  it('should draw a path whole even through a kind the legend hides (its named ends)', () => {
    const request: PathRequest = { type: 'line', line: 'a -> c' };
    const answer = {
      query: {},
      paths: [
        {
          nodes: ['a', 'b', 'c'].map((id) => ({ id, label: id, kind: 'person' })),
          hops: [{ edge: 'ab' }, { edge: 'bc' }],
          length: 2,
          narrative: '',
        },
      ],
    } as unknown as PathAnswer;
    const state = receivePaths(
      request,
      answer,
    )(askPath(request)(toggleKind('person')(initialState(ESSAY_YEARS))));
    const view = computeGraphView(smallGraph(), state);
    expect(['a', 'b', 'c'].filter((n) => view.hiddenNodes.has(n))).toEqual([]);
    expect(['ab', 'bc'].filter((e) => view.hiddenEdges.has(e))).toEqual([]);
    expect(view.hiddenNodes.has('d')).toBe(true);
  });
});
