// The document scope in the client's state: resolved from a link, written back, toggled, and the reader's document.
import { describe, expect, it } from 'vitest';
import { computeGraphView } from '../../client/drawing/graph-view.js';
import {
  openDocument,
  readDocument,
  readerDocument,
  showAllDocuments,
  toggleDocument,
  wantedArticles,
} from '../../client/state/documents.js';
import { createExplorerStore } from '../../client/state/explorer-store.js';
import { sentRequest } from '../../client/state/path-filters.js';
import { select } from '../../client/state/selection.js';
import { stateToSearch } from '../../client/state/url-state.js';
import { exportSearchParams } from '../../client/state/view-links.js';
import { DEFAULT_PATH_QUERY } from '../../client/state/initial-state.js';
import type { DocumentSummary, ExplorerGraph } from '../../client/types.js';
import { essayGraph } from '../helpers/essay-graph.js';

const summary = (slug: string, added?: string): DocumentSummary => ({
  slug,
  title: slug.toUpperCase(),
  author: 'someone',
  publication: 'somewhere',
  ...(added ? { added } : {}),
  entities: 2,
  relations: 1,
  sentences: 3,
  annotationsChanged: null,
});

/** `old` predates scoping (no added date), `new` was added later; b is named in both. */
const DOCUMENTS = [summary('old'), summary('new', '2026-12-01T10:00:00.000Z')];

function twoDocumentGraph(): ExplorerGraph {
  const graph = essayGraph(
    [
      ['a', 'b', { doc: 'old', evidence: [{ quote: 'a b', sentence: 1, start: 0, end: 3 }] }, 'ab'],
      ['b', 'c', { doc: 'new', evidence: [{ quote: 'b c', sentence: 0, start: 0, end: 3 }] }, 'bc'],
    ],
    {
      a: {},
      b: {
        mentions: [
          { doc: 'old', sentence: 1, start: 2, end: 3, text: 'b' },
          { doc: 'new', sentence: 0, start: 0, end: 1, text: 'b' },
        ],
      },
      c: {},
    },
  );
  return graph as unknown as ExplorerGraph;
}

const storeAt = (search: string) => createExplorerStore(twoDocumentGraph(), search, DOCUMENTS);

describe('the document scope of the explorer', () => {
  it('should open an old link (no doc) on the legacy document only, and write that scope back', () => {
    const store = storeAt('?node=b&year=1969');
    expect(store.get().scope).toEqual(['old']);
    expect(new URLSearchParams(stateToSearch(store.get())).getAll('doc')).toEqual(['old']);
    const view = computeGraphView(twoDocumentGraph(), store.get());
    expect([...view.hiddenNodes]).toEqual(['c']);
    expect([...view.hiddenEdges]).toEqual(['bc']);
  });

  it('should write doc=* for every document, and ask the API without doc for it', () => {
    const store = storeAt('?doc=*');
    expect(store.get().scope).toBeNull();
    expect(stateToSearch(store.get())).toBe('?doc=*');
    const asked = { type: 'form', query: { ...DEFAULT_PATH_QUERY, from: 'a', to: 'c' } } as const;
    expect(sentRequest(asked, store.get())).toMatchObject({ request: { from: 'a' } });
    expect(sentRequest(asked, storeAt('?doc=new').get())).toMatchObject({
      request: { doc: ['new'] },
    });
    expect(exportSearchParams(storeAt('').get(), []).getAll('doc')).toEqual(['old']);
    expect(exportSearchParams(store.get(), []).has('doc')).toBe(false);
  });

  it('should toggle documents as the legend toggles kinds, never leaving none shown', () => {
    let state = storeAt('?doc=*').get();
    state = toggleDocument('old')(state);
    expect(state.scope).toEqual(['new']);
    expect(toggleDocument('new')(state)).toBe(state);
    state = toggleDocument('old')(state);
    expect(state.scope).toEqual(['old', 'new']);
    expect(showAllDocuments()(state).scope).toBeNull();
    expect(openDocument('new')(state)).toMatchObject({ scope: ['new'], reading: 'new' });
  });

  it('should show in the reader the document the selected evidence comes from', () => {
    const graph = twoDocumentGraph();
    const all = storeAt('?doc=*').get();
    expect(readerDocument(graph, all)).toBe('old');
    expect(readerDocument(graph, select({ type: 'edge', id: 'bc' })(all))).toBe('new');
    const onB = select({ type: 'node', id: 'b' })(all);
    expect(readerDocument(graph, onB)).toBe('old');
    expect(readerDocument(graph, readDocument('new')(onB))).toBe('new');
    // Only the legacy document is in scope: the entity is read there.
    expect(readerDocument(graph, select({ type: 'node', id: 'b' })(storeAt('').get()))).toBe('old');
    expect(wantedArticles(graph, onB).sort()).toEqual(['new', 'old']);
  });

  it('should say nothing of documents when it knows none (a generated graph)', () => {
    const store = createExplorerStore(twoDocumentGraph(), '?node=b');
    expect(store.get().scope).toBeNull();
    expect(stateToSearch(store.get())).toBe('?node=b');
  });
});
