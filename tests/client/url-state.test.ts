import { describe, expect, it } from 'vitest';
import { ESSAY_YEARS } from '../helpers/essay-graph.js';
import { toggleKind, setYear } from '../../client/state/filters.js';
import { initialState } from '../../client/state/initial-state.js';
import { askPath, normalizePathQuery, moveVia, pathSearchParams } from '../../client/state/path.js';
import { select, setCamera } from '../../client/state/selection.js';
import { parseCamera, restoreFromSearch, stateToSearch } from '../../client/state/url-state.js';

describe('URL state', () => {
  it('should write nothing for the initial state', () => {
    expect(stateToSearch(initialState(ESSAY_YEARS))).toBe('');
  });

  it('should round-trip selection, path query, filters, year and camera', () => {
    const query = normalizePathQuery({
      from: 'mao',
      via: ['stalin', 'khrushchev'],
      to: 'putin',
      k: 2,
      factsOnly: true,
      at: 1969,
    });
    let state = askPath({ type: 'form', query })(initialState(ESSAY_YEARS));
    state = select({ type: 'node', id: 'mao-zedong' })(state);
    state = toggleKind('place')(setYear(1969)(state));
    state = setCamera({ x: 0.5, y: 0.25, ratio: 0.8 })(state);
    const search = stateToSearch(state);
    expect(search).toContain('via=stalin&via=khrushchev');
    const back = restoreFromSearch(search)(initialState(ESSAY_YEARS));
    expect(back.selection).toEqual({ type: 'node', id: 'mao-zedong' });
    expect(back.path.request).toEqual({ type: 'form', query });
    expect(back.path.status.type).toBe('loading');
    expect(back.year).toBe(1969);
    expect(back.filters.hiddenKinds).toEqual(['place']);
    expect(back.camera).toEqual({ x: 0.5, y: 0.25, ratio: 0.8 });
  });

  it('should read a one-line query', () => {
    expect(restoreFromSearch('?q=mao+-%3E+putin')(initialState(ESSAY_YEARS)).path.request).toEqual({
      type: 'line',
      line: 'mao -> putin',
    });
  });

  it('should ignore malformed values rather than fail', () => {
    const state = restoreFromSearch('?year=abc&cam=1,2&hideKinds=dragon&k=999&from=a&to=b')(
      initialState(ESSAY_YEARS),
    );
    expect(state.year).toBeNull();
    expect(state.camera).toBeNull();
    expect(state.filters.hiddenKinds).toEqual([]);
    expect(state.path.request?.type === 'form' && state.path.request.query.k).toBe(10);
  });

  it('should keep a finished answer when the URL asks the same question again', () => {
    const state = restoreFromSearch('?from=a&to=b')(initialState(ESSAY_YEARS));
    const done = {
      ...state,
      path: {
        ...state.path,
        status: { type: 'done' as const, answer: { query: {}, paths: [] } as never },
      },
    };
    expect(restoreFromSearch('?from=a&to=b&node=a')(done).path.status.type).toBe('done');
  });

  it('should parse only well-formed cameras', () => {
    expect(parseCamera('0.5,0.5,1')).toEqual({ x: 0.5, y: 0.5, ratio: 1 });
    expect(parseCamera('0.5,0.5,-1')).toBeNull();
  });
});

describe('path query helpers', () => {
  it('should build the API query string', () => {
    const query = normalizePathQuery({
      from: 'a',
      to: 'b',
      via: ['c'],
      k: 3,
      maxHops: 4,
      factsOnly: true,
      at: 1969,
    });
    expect(pathSearchParams(query).toString()).toBe(
      'from=a&to=b&via=c&k=3&maxHops=4&facts=true&at=1969',
    );
  });

  it('should reorder waypoints and ignore moves past either end', () => {
    expect(moveVia(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveVia(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });
});
