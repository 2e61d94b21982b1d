// Wires the read-only embed: the explorer's store, renderer and URL state, a hop list, a card, no editing controls.
import { firstFrame } from '../drawing/first-frame.js';
import { createGraphRenderer, type GraphRenderer } from '../drawing/graph-renderer.js';
import { reachedWithin } from '../../graph/query/neighbors.js';
import { createExplorerStore } from '../state/explorer-store.js';
import { startPathQueries } from '../effects/path-queries.js';
import { createDisposer } from '../lifecycle/disposer.js';
import { activePath } from '../state/path.js';
import { createStoreActions, type StoreActions } from '../state/store-actions.js';
import { stateToSearch } from '../state/url-state.js';
import { embedThemeOf, viewTitle } from '../state/view-links.js';
import { byId, h, replaceChildren } from '../views/dom.js';
import { DARK, LIGHT } from '../views/theme.js';
import { documentsInScope } from '../state/documents.js';
import type { DocumentSummary, ExplorerGraph, GraphAttributes, State, Theme } from '../types.js';
import { renderCard } from './embed-card.js';
import { renderHopList } from './hop-list.js';
import { displayCaseOf } from '../state/display-case.js';

export async function startEmbed(
  graph: ExplorerGraph,
  documents: readonly DocumentSummary[],
): Promise<() => void> {
  const store = createExplorerStore(graph, location.search, documents);
  const actions = createStoreActions(store);
  const theme = chooseTheme();
  document.documentElement.dataset.theme = theme.dark ? 'dark' : 'light';
  const container = byId('graph');
  await hasSize(container);
  container.classList.remove('loading');
  const disposer = createDisposer();
  const renderer = createGraphRenderer(graph, container, store, theme);
  disposer.add(renderer.kill);
  window.essayExplorer = { renderer, graph, store };
  await firstFrame();
  renderAttribution(byId('embed-attribution'), attributionOf(graph, store.get()));
  container.setAttribute(
    'aria-label',
    `Graph of ${graph.order} entities and ${graph.size} relations from the essay; the list beside it gives the path as text.`,
  );
  // sigma follows the window's size; folding the hop list resizes the stage without resizing the window.
  // A frame being hidden (a preview dialog closing) has no size: sigma cannot draw into that, and need not.
  const resize = new ResizeObserver(() => {
    if (container.offsetWidth > 0 && container.offsetHeight > 0) renderer.sigma.scheduleRefresh();
  });
  resize.observe(container);
  disposer.add(() => resize.disconnect());
  disposer.listen(document, 'click', (event) => {
    const target = (event.target as Element).closest<HTMLElement>('[data-node]');
    if (!target?.dataset.node || !graph.hasNode(target.dataset.node)) return;
    // A speaker's link ("Asserted by") selects in place rather than loading another page in the frame.
    event.preventDefault();
    actions.select({ type: 'node', id: target.dataset.node });
    renderer.focusNode(target.dataset.node);
  });
  disposer.add(
    store.subscribe((state, previous) => renderEmbed(graph, renderer, actions, state, previous)),
  );
  renderEmbed(graph, renderer, actions, store.get(), null);
  placeCamera(renderer, graph, store.get());
  // The path is fetched as the explorer fetches it; renderEmbed frames it once it arrives.
  const queries = startPathQueries(store);
  disposer.add(queries.dispose);
  await queries.settled();
  document.body.dataset.ready = 'true';
  const stop = () => disposer.dispose();
  window.essayExplorer.stop = stop;
  return stop;
}

function renderEmbed(
  graph: ExplorerGraph,
  renderer: GraphRenderer,
  actions: StoreActions,
  state: State,
  previous: State | null,
): void {
  const changed = <K extends keyof State>(...keys: K[]) =>
    !previous || keys.some((k) => state[k] !== previous[k]);
  if (previous) renderer.render(state);
  if (changed('path')) {
    const label = (id: string) => labelOf(graph, id);
    renderHopList(byId('embed-hops'), state, actions, label, displayCaseOf(graph));
    const title = viewTitle(state, label, graph.getAttribute('title'));
    byId('embed-title').textContent = title;
    document.title = `${title} · Essay graph`;
  }
  const shown = activePath(state);
  if (previous && shown && shown !== activePath(previous))
    renderer.fitNodes(shown.nodes.map((n) => n.id));
  if (changed('selection')) renderCard(byId('embed-card'), graph, state, actions);
  byId<HTMLAnchorElement>('open-explorer').href = `/${stateToSearch({ ...state, camera: null })}`;
}

/** `theme=light|dark` wins; otherwise the reader's system setting (the embed keeps no preference of its own). */
function chooseTheme(): Theme {
  const asked = embedThemeOf(location.search);
  const dark = asked ? asked === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
  return dark ? DARK : LIGHT;
}

/** sigma throws on a container of zero size (a frame not laid out yet): wait until the stage has one. */
function hasSize(el: HTMLElement): Promise<void> {
  if (el.offsetWidth > 0 && el.offsetHeight > 0) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new ResizeObserver(() => {
      if (el.offsetWidth === 0 || el.offsetHeight === 0) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(el);
  });
}

/** The one document in scope names the source; several (or none known) are summed up by the graph's own words. */
function attributionOf(graph: ExplorerGraph, state: State): Omit<GraphAttributes, 'documents'> {
  const shown = documentsInScope(state);
  return shown.length === 1 ? shown[0]! : graph.getAttributes();
}

function renderAttribution(el: HTMLElement, essay: Omit<GraphAttributes, 'documents'>): void {
  replaceChildren(
    el,
    'From ',
    h('cite', {}, `“${essay.title}”`),
    essay.author ? ` by ${essay.author}` : '',
    essay.publication ? `, ${essay.publication}` : '',
  );
}

function labelOf(graph: ExplorerGraph, id: string): string | null {
  return graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : null;
}

/** A camera in the URL is kept; else the focus's neighbourhood or the selection is framed (a path, once found). */
function placeCamera(renderer: GraphRenderer, graph: ExplorerGraph, state: State): void {
  if (state.camera) return renderer.setCamera(state.camera);
  if (state.focus && graph.hasNode(state.focus))
    return renderer.fitNodes([...reachedWithin(graph, state.focus, state.focusDepth)]);
  if (state.selection?.type === 'node') return renderer.focusNode(state.selection.id);
  if (state.selection?.type === 'edge' && graph.hasEdge(state.selection.id))
    return renderer.fitNodes(graph.extremities(state.selection.id));
}
