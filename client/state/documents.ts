// Producers and reads of the document scope: which documents the view shows, and which one the reader opens.
import { apiScopeOf } from '../../contract/explorer-url.js';
import { activePath } from './path.js';
import type { DocumentSummary, ExplorerGraph, Producer, State } from '../types.js';

/** Shows only `slug`, the reader on it (the library's Open). */
export const openDocument =
  (slug: string): Producer =>
  (state) => ({ ...state, scope: [slug], reading: slug });

/** Every document of the corpus. */
export const showAllDocuments = (): Producer => (state) =>
  state.scope === null ? state : { ...state, scope: null };

/** Shows or hides one document, as the legend toggles a kind; the last document shown stays shown. */
export const toggleDocument =
  (slug: string): Producer =>
  (state) => {
    const shown = documentsInScope(state).map((d) => d.slug);
    const next = shown.includes(slug) ? shown.filter((s) => s !== slug) : [...shown, slug];
    if (next.length === 0) return state;
    const ordered = state.documents.map((d) => d.slug).filter((s) => next.includes(s));
    return { ...state, scope: ordered };
  };

/** The reader shows `slug` (a sentence link of another document was followed). */
export const readDocument =
  (slug: string): Producer =>
  (state) =>
    state.reading === slug ? state : { ...state, reading: slug };

/** An article has arrived: the views holding quotes of its document redraw them in their sentences. */
export const articleArrived =
  (slug: string): Producer =>
  (state) =>
    state.articles.includes(slug) ? state : { ...state, articles: [...state.articles, slug] };

/** The corpus's documents the view shows, in the corpus's order. */
export function documentsInScope(state: Pick<State, 'documents' | 'scope'>): DocumentSummary[] {
  const { documents, scope } = state;
  return scope === null ? [...documents] : documents.filter((d) => scope.includes(d.slug));
}

/** The documents shown, as the API's `doc` names them: none when every document is. */
export function apiScope(state: Pick<State, 'documents' | 'scope'>): string[] | undefined {
  return apiScopeOf(state.scope, state.documents);
}

/** Is the document `slug` shown? (Every document is, without a scope.) */
export function inScope(state: Pick<State, 'scope'>, slug: string): boolean {
  return state.scope === null || state.scope.includes(slug);
}

/**
 * The document the reader shows: the selected relation's, the one the reader was sent to when the selected entity
 * is named or related there, the first hop's of the path drawn, else the one asked for or the first document in scope.
 */
export function readerDocument(graph: ExplorerGraph, state: State): string | null {
  const sel = state.selection;
  if (sel?.type === 'edge' && graph.hasEdge(sel.id)) return graph.getEdgeAttribute(sel.id, 'doc');
  if (sel?.type === 'node' && graph.hasNode(sel.id)) {
    const shown = documentsOfEntity(graph, sel.id).filter((doc) => inScope(state, doc));
    if (state.reading !== null && shown.includes(state.reading)) return state.reading;
    if (shown[0] !== undefined) return shown[0];
  }
  const hop = !sel ? activePath(state)?.hops[0] : undefined;
  if (hop) return hop.doc;
  if (state.reading !== null && inScope(state, state.reading)) return state.reading;
  return documentsInScope(state)[0]?.slug ?? null;
}

/** The documents naming an entity (its mentions, in text order), then those only relating it. */
function documentsOfEntity(graph: ExplorerGraph, id: string): string[] {
  const docs = new Set(graph.getNodeAttribute(id, 'mentions').map((m) => m.doc));
  graph.forEachEdge(id, (_edge, a) => docs.add(a.doc));
  return [...docs];
}

/** The articles the view quotes from: the reader's, the selection's relations' and the drawn path's documents. */
export function wantedArticles(graph: ExplorerGraph, state: State): string[] {
  const wanted = new Set<string>();
  const reader = readerDocument(graph, state);
  if (reader !== null) wanted.add(reader);
  const sel = state.selection;
  if (sel?.type === 'node' && graph.hasNode(sel.id))
    graph.forEachEdge(sel.id, (_edge, a) => {
      if (inScope(state, a.doc)) wanted.add(a.doc);
    });
  if (sel?.type === 'edge' && graph.hasEdge(sel.id))
    wanted.add(graph.getEdgeAttribute(sel.id, 'doc'));
  for (const hop of activePath(state)?.hops ?? []) wanted.add(hop.doc);
  return [...wanted];
}
