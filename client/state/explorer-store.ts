// The store every client of the essay graph starts from (explorer, embed, the studio to come): no DOM, only data.
import { initialState } from './initial-state.js';
import { createStore, type Store } from './store.js';
import { restoreFromSearch } from './url-state.js';
import { yearRangeOf } from './year-range.js';
import type { DocumentSummary, ExplorerGraph } from '../types.js';

/**
 * The view a URL's query string describes over the loaded graph, its years read from the graph's dates; the
 * corpus's `documents` are what its document scope is resolved against.
 */
export function createExplorerStore(
  graph: ExplorerGraph,
  search: string,
  documents: readonly DocumentSummary[] = [],
): Store {
  const start = { ...initialState(yearRangeOf(graph)), documents };
  return createStore(restoreFromSearch(search)(start));
}
