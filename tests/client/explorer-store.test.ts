// The client parts a studio would reuse without a page: the store from the data, slices, actions, lifetimes, path queries.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPathQueries } from '../../client/effects/path-queries.js';
import { createDisposer } from '../../client/lifecycle/disposer.js';
import { scopedStore } from '../../client/lifecycle/scoped-store.js';
import { createExplorerStore } from '../../client/state/explorer-store.js';
import { toggleKind } from '../../client/state/filters.js';
import { initialState } from '../../client/state/initial-state.js';
import { askPath } from '../../client/state/path.js';
import { focusOn, select } from '../../client/state/selection.js';
import { onSlice } from '../../client/state/slice.js';
import { createStoreActions } from '../../client/state/store-actions.js';
import { createStore } from '../../client/state/store.js';
import { watch } from '../../client/state/watch.js';
import { yearRangeOf } from '../../client/state/year-range.js';
import type { PathAnswer, State } from '../../client/types.js';
import { edgeAttrs, ESSAY_YEARS, nodeAttrs, smallGraph } from '../helpers/essay-graph.js';

describe('the essay’s years', () => {
  it('should span the dated relations and entities, open ends and undated items left out', () => {
    const graph = smallGraph();
    expect(yearRangeOf(graph)).toEqual({ min: 1969, max: 1969 });
    graph.addNode('f', nodeAttrs('f', { time: { start: 1949, end: null } }));
    graph.addDirectedEdgeWithKey('bf', 'b', 'f', edgeAttrs({ time: { start: null, end: 2025 } }));
    expect(yearRangeOf(graph)).toEqual({ min: 1949, max: 2025 });
  });

  it('should keep the URL’s year and comparison inside them', () => {
    const store = createExplorerStore(smallGraph(), '?year=1900&compare=1950,2030');
    expect(store.get().year).toBe(1969);
    expect(store.get().compare).toEqual({ from: 1969, to: 1969 });
  });
});

describe('slices and lifetimes', () => {
  it('should tell a controller of its own slice only, drawing it first in full', () => {
    const store = createStore(initialState(ESSAY_YEARS));
    const seen: (State | null)[] = [];
    const stop = watch(store, ['focus'], (_state, previous) => seen.push(previous));
    store.update(select({ type: 'node', id: 'a' }));
    store.update(focusOn('a'));
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBeNull();
    stop();
    expect(store.listenerCount()).toBe(0);
  });

  it('should change only its slice, and nothing when the slice comes back the same', () => {
    const state = initialState(ESSAY_YEARS);
    expect(onSlice('pins', (pins) => pins)(state)).toBe(state);
    const next = onSlice('tab', () => 'paths')(state);
    expect(next).toEqual({ ...state, tab: 'paths' });
    expect(next.filters).toBe(state.filters);
  });

  it('should end every subscription and listener made through a disposer at once', () => {
    const store = createStore(initialState(ESSAY_YEARS));
    const disposer = createDisposer();
    const scoped = scopedStore(store, disposer);
    scoped.subscribe(() => undefined);
    watch(scoped, ['filters'], () => undefined);
    const target = new EventTarget();
    let heard = 0;
    disposer.listen(target, 'ping', () => heard++);
    target.dispatchEvent(new Event('ping'));
    expect(store.listenerCount()).toBe(2);
    disposer.dispose();
    target.dispatchEvent(new Event('ping'));
    expect([store.listenerCount(), heard]).toEqual([0, 1]);
  });
});

describe('store actions', () => {
  it('should make each change through the store, without a page', () => {
    const store = createExplorerStore(smallGraph(), '');
    const actions = createStoreActions(store);
    actions.toggleKind('place');
    actions.pin('a', { x: 1, y: 2 });
    actions.askPath({ type: 'line', line: 'a -> d at=1969' });
    const state = store.get();
    expect(state.filters.hiddenKinds).toEqual(['place']);
    expect(state.pins).toEqual({ a: { x: 1, y: 2 } });
    expect([state.path.status.type, state.year, state.tab]).toEqual(['loading', 1969, 'paths']);
  });
});

describe('path queries', () => {
  afterEach(() => vi.unstubAllGlobals());

  const answer = { paths: [], query: {} } as unknown as PathAnswer;

  it('should fetch each question once, ask again when the filters move, and stop on dispose', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response(JSON.stringify(answer), { status: 200 });
    });
    const store = createStore(initialState(ESSAY_YEARS));
    const queries = startPathQueries(store);
    store.update(askPath({ type: 'line', line: 'a -> b' }));
    await queries.settled();
    expect(store.get().path.status.type).toBe('done');
    store.update(toggleKind('place'));
    await vi.waitFor(() => expect(fetched).toHaveLength(2));
    await queries.settled();
    queries.dispose();
    expect(store.listenerCount()).toBe(0);
    store.update(askPath({ type: 'line', line: 'a -> c' }));
    expect(fetched).toHaveLength(2);
  });

  it('should store a problem for a failed question', async () => {
    const problem = { type: 'about:blank', title: 'Not found', status: 404, detail: 'No "zz".' };
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(problem), { status: 404 }));
    const store = createStore(initialState(ESSAY_YEARS));
    const queries = startPathQueries(store);
    store.update(askPath({ type: 'line', line: 'zz -> b' }));
    await queries.settled();
    expect(store.get().path.status).toEqual({ type: 'error', problem });
    queries.dispose();
  });
});
