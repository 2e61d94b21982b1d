// Starts the explorer: the store, the renderer, one controller per panel, the path queries; returns the teardown.
import { createGraphRenderer, type GraphRenderer } from './drawing/graph-renderer.js';
import { pageMargins } from './drawing/camera-padding.js';
import { firstFrame } from './drawing/first-frame.js';
import { setUpPins } from './pins.js';
import { createExplorerActions } from './controllers/actions.js';
import type { ExplorerContext } from './controllers/context.js';
import { connectGraph } from './controllers/graph-controller.js';
import { connectLayoutControls } from './controllers/layout-controls.js';
import { connectPageLinks } from './controllers/page-links.js';
import { connectPanel } from './controllers/panel-controller.js';
import { connectPathAnswers, createPathPanel } from './controllers/path-controller.js';
import { connectSearch } from './controllers/search-controller.js';
import { connectSidePanels } from './controllers/side-panels.js';
import { connectToolbar } from './controllers/toolbar-controller.js';
import { startPathQueries } from './effects/path-queries.js';
import { createDisposer } from './lifecycle/disposer.js';
import { scopedStore } from './lifecycle/scoped-store.js';
import { createExplorerStore } from './state/explorer-store.js';
import { startArticles } from './effects/articles.js';
import { connectReader } from './controllers/reader-controller.js';
import { connectLibrary } from './controllers/library-controller.js';
import { documentsInScope } from './state/documents.js';
import { watch } from './state/watch.js';
import { activePath } from './state/path.js';
import type { Store } from './state/store.js';
import { syncUrl } from './url-sync.js';
import { byId } from './views/dom.js';
import { createReader } from './views/reader.js';
import { createThemeControl } from './views/theme.js';
import { announce } from './views/toast.js';
import { readableDetail } from './state/problem-words.js';
import type {
  ArticleLookup,
  DocumentArticle,
  DocumentSummary,
  ExplorerGraph,
  State,
} from './types.js';

declare global {
  interface Window {
    /** For the console and the browser tests: the live renderer, graph and store, and the teardown. */
    essayExplorer?: { renderer: GraphRenderer; graph: ExplorerGraph; store: Store; stop?(): void };
  }
}

/** `received` is the article fetched with the graph (the corpus's first document), `documents` the library. */
export async function startExplorer(
  graph: ExplorerGraph,
  received: DocumentArticle | null,
  documents: readonly DocumentSummary[],
): Promise<() => void> {
  const disposer = createDisposer();
  const store = createExplorerStore(graph, location.search, documents);
  const theme = createThemeControl();
  disposer.add(theme.dispose);
  const renderer = createGraphRenderer(graph, byId('graph'), store, theme.current(), () =>
    pageMargins(byId('graph')),
  );
  disposer.add(renderer.kill);
  window.essayExplorer = { renderer, graph, store };
  if (store.get().camera) renderer.setCamera(store.get().camera);
  // sigma drew the graph in its constructor; the panels are built once that frame is on screen.
  await firstFrame();
  theme.onChange((t) => renderer.setTheme(t));
  // The reader and every quote show the documents with their capitals restored; the evidence stays verbatim.
  const articles = startArticles(store, graph, received);
  disposer.add(articles.dispose);
  const ctx: ExplorerContext = {
    graph,
    articleOf: articles.articleOf,
    store: scopedStore(store, disposer),
    renderer,
    disposer,
  };
  disposer.add(watch(store, ['scope', 'articles'], () => nameThePage(ctx)));
  connectControllers(ctx, theme);
  const stop = () => disposer.dispose();
  window.essayExplorer.stop = stop;
  document.body.dataset.ready = 'true';
  const sel = store.get().selection;
  if (sel?.type === 'node' && !store.get().camera) renderer.focusNode(sel.id);
  return stop;
}

function connectControllers(ctx: ExplorerContext, theme: ReturnType<typeof createThemeControl>) {
  const { graph, store, renderer } = ctx;
  const reader = createReader(byId('reader-body'), graph);
  connectReader(ctx, reader);
  const pins = setUpPins(graph, renderer, store);
  ctx.disposer.add(pins.dispose);
  const form = createPathPanel(ctx);
  const actions = createExplorerActions(ctx, form);
  connectPathAnswers(ctx, form, actions);
  connectSearch(actions, ctx);
  connectPageLinks(ctx, actions, reader);
  connectPanel(ctx);
  connectToolbar(ctx, theme);
  connectLayoutControls(ctx, () => pins.place(store.get()));
  connectSidePanels(ctx, actions, pins);
  connectLibrary(ctx);
  // The first view frames the graph clear of the panels just built (before camera moves start going to the URL).
  if (!store.get().camera)
    renderer.frameNow(graph.filterNodes((n) => !renderer.sigma.getNodeDisplayData(n)?.hidden));
  connectGraph(ctx);
  syncUrl(store, ctx.disposer, (state) => renderer.setCamera(state.camera, true));
  connectPathQueries(ctx);
}

/** Answers are framed and announced; a camera from the URL (a permalink) is kept for the answer it was saved with. */
function connectPathQueries({ store, renderer, disposer }: ExplorerContext): void {
  let keepLinkCamera = store.get().camera !== null;
  const queries = startPathQueries(store, {
    answered(answer) {
      const path = activePath(store.get());
      if (path && !keepLinkCamera) renderer.fitNodes(path.nodes.map((n) => n.id));
      keepLinkCamera = false;
      const count = answer.paths.length;
      announce(count ? `${count} paths found.` : (answer.reason ?? 'No path found.'));
    },
    failed: (problem) => announce(readableDetail(problem.detail)),
  });
  disposer.add(queries.dispose);
}

/** The header's title is the one document's in scope, cased as published (the page text is lower case as received). */
function nameThePage({ graph, store, articleOf }: ExplorerContext): void {
  const title = titleOf(graph, store.get(), articleOf);
  byId('essay-title').textContent = title;
  document.title = `${title} · Essay graph`;
  byId('graph').setAttribute(
    'aria-label',
    `Graph of ${graph.order} entities and ${graph.size} relations. The details panel and the path list give the same information as text.`,
  );
}

/** The one document in scope's title (its article's when it has arrived), else the corpus's. */
function titleOf(graph: ExplorerGraph, state: State, articleOf: ArticleLookup): string {
  const shown = documentsInScope(state);
  const only = shown.length === 1 ? shown[0]! : null;
  if (!only) return graph.getAttribute('title');
  return articleOf(only.slug)?.meta.title ?? only.title;
}
