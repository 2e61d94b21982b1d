// Wires the explorer together: the store, the renderer, the panels, the URL and the API calls they trigger.
import { fetchPaths, ProblemError } from './api.js';
import { createGraphRenderer, type GraphRenderer } from './drawing/graph-renderer.js';
import { pageMargins } from './drawing/camera-padding.js';
import { setUpPins } from './pins.js';
import { firstFrame } from './drawing/first-frame.js';
import { activePath } from './drawing/graph-view.js';
import { startLayout, type LayoutRun } from './drawing/layout-runner.js';
import { initialState } from './state/initial-state.js';
import { askPath, failPaths, receivePaths, rerunPath } from './state/path.js';
import { sameSend, sentRequest } from './state/path-filters.js';
import { readableDetail } from './state/problem-words.js';
import { withSuggestion } from './state/suggestion-line.js';
import { setUpPathClearing } from './views/path-clearing.js';
import { createPathStatus } from './views/path-status.js';
import { focusOn, select, setCamera, showTab } from './state/selection.js';
import { sentencesInView } from './state/sentences.js';
import { displayArticle } from './state/display-case.js';
import { createStore, type Store } from './state/store.js';
import { requestKey, restoreFromSearch } from './state/url-state.js';
import { syncUrl } from './url-sync.js';
import { createCombobox } from './views/combobox.js';
import { createDownloadMenu } from './views/download-menu.js';
import { labelsOf } from './views/asserted-by.js';
import { createClaimsDialog } from './views/claims-dialog.js';
import { createEmbedDialog } from './views/embed-dialog.js';
import { renderDetails } from './views/details-panel.js';
import { byId, h, icon, replaceChildren } from './views/dom.js';
import { createLegend } from './views/legend.js';
import { createPathForm } from './views/path-form.js';
import { renderPathResults } from './views/path-results.js';
import { createReader } from './views/reader.js';
import { createThemeControl } from './views/theme.js';
import { createTimeBar } from './views/time-bar.js';
import { createYearCompare } from './views/year-compare.js';
import { announce, toast } from './views/toast.js';
import { searchEntities } from './api.js';
import type { Article, ExplorerGraph, PanelTab, Problem, State } from './types.js';

declare global {
  interface Window {
    /** For the console and the browser tests: the live renderer, graph and store. */
    essayExplorer?: { renderer: GraphRenderer; graph: ExplorerGraph; store: Store };
  }
}

const PHONE = window.matchMedia('(max-width: 760px)');

export async function startExplorer(
  graph: ExplorerGraph,
  received: Article | null,
): Promise<() => void> {
  // The reader and every quote show the essay with its capitals restored; the evidence stays verbatim.
  const article = received && displayArticle(received, graph);
  const store = createStore(restoreFromSearch(location.search)(initialState()));
  const theme = createThemeControl();
  const renderer = createGraphRenderer(graph, byId('graph'), store, theme.current(), () =>
    pageMargins(byId('graph')),
  );
  window.essayExplorer = { renderer, graph, store };
  if (store.get().camera) renderer.setCamera(store.get().camera);
  // sigma drew the graph in its constructor; the panels are built once that frame is on screen.
  await firstFrame();
  theme.onChange((t) => renderer.setTheme(t));

  // The header's title is cased as published; the page text is lower case as received.
  const title = article ? article.meta.title : graph.getAttribute('title');
  byId('essay-title').textContent = title;
  document.title = `${title} · Essay graph`;
  byId('graph').setAttribute(
    'aria-label',
    `Graph of ${graph.order} entities and ${graph.size} relations. The details panel and the path list give the same information as text.`,
  );

  const details = byId('tab-details');
  const results = byId('path-results');
  const reader = createReader(byId('reader-body'), graph, article);
  const renderLegend = createLegend(byId('legend-body'), graph, store);
  const renderTime = createTimeBar(byId('timebar'), graph, store);
  const renderCompare = createYearCompare(byId('year-compare'), graph, store);
  const pins = setUpPins(graph, renderer, store);
  const form = createPathForm(byId('path-form'), graph, store);
  form.show(store.get().path.request);
  const renderPathStatus = createPathStatus(byId('path-status'), store);
  setUpPathClearing(store, (listener) => renderer.sigma.on('clickStage', listener));

  const detailsActions = {
    // The tab is shown first: a field inside a hidden panel cannot take the keyboard focus.
    pathFrom: (id: string) => {
      store.update(showTab('paths'));
      openSheet(true);
      form.prefill({ from: id });
    },
    pathTo: (id: string) => {
      store.update(showTab('paths'));
      openSheet(true);
      form.prefill({ to: id });
    },
    focus: (id: string | null) => {
      store.update(focusOn(id));
      if (id) requestAnimationFrame(() => renderer.fitNodes(graph.neighbors(id).concat(id)));
      else renderer.zoom(0);
    },
    example: (from: string, to: string) => {
      form.show({ type: 'form', query: { ...queryDefaults(), from, to } });
      form.submit();
    },
  };
  const resultActions = {
    useSuggestion: ({ parameter, detail }: Problem, id: string) => {
      const request = store.get().path.request;
      if (request?.type === 'line') {
        const line = withSuggestion(request.line, parameter, detail, id);
        if (line) return store.update(askPath({ type: 'line', line }));
        return selectNode(id);
      }
      form.replaceField(parameter ?? 'from', id);
      form.submit();
    },
    fit: (path: { nodes: { id: string }[] }) => renderer.fitNodes(path.nodes.map((n) => n.id)),
    labelOf: labelsOf(graph),
  };

  const selectNode = (id: string, moveCamera = true) => {
    if (!graph.hasNode(id)) return;
    store.update(select({ type: 'node', id }));
    // On a phone the selection effect below moves the camera, above the sheet.
    if (moveCamera && !PHONE.matches) renderer.focusNode(id);
    announce(`${graph.getNodeAttribute(id, 'label')} selected.`);
  };

  // Search box in the top bar.
  const search = byId<HTMLInputElement>('search');
  createCombobox({
    input: search,
    search: (q, signal) => searchEntities(q, signal),
    onChoose: (hit) => {
      search.value = hit.label;
      selectNode(hit.id);
      openSheet(true);
    },
  });

  // Links to entities, relations and sentences anywhere on the page select instead of navigating.
  document.addEventListener('click', (event) => {
    const target = (event.target as Element).closest<HTMLElement>(
      '[data-node],[data-edge],[data-sentence]',
    );
    if (
      !target ||
      event.defaultPrevented ||
      (event as MouseEvent).metaKey ||
      (event as MouseEvent).ctrlKey
    )
      return;
    event.preventDefault();
    if (target.dataset.node) selectNode(target.dataset.node, true);
    else if (target.dataset.edge && graph.hasEdge(target.dataset.edge)) {
      store.update(select({ type: 'edge', id: target.dataset.edge }));
      renderer.fitNodes(graph.extremities(target.dataset.edge));
    } else if (target.dataset.sentence) {
      const sentence = Number(target.dataset.sentence);
      if (PHONE.matches) store.update(showTab('reader'));
      openSheet(true);
      requestAnimationFrame(() => reader.flash(sentence));
    }
  });

  // Tabs (the side panel on a desktop, the bottom sheet on a phone).
  // Only the tab buttons: <body data-tab> names the open tab and must not get a click handler of its own.
  for (const tab of document.querySelectorAll<HTMLButtonElement>('button[data-tab]')) {
    tab.addEventListener('click', () => {
      const name = tab.dataset.tab as PanelTab;
      const open = document.body.dataset.sheet === 'open';
      if (PHONE.matches && open && store.get().tab === name) return openSheet(false);
      store.update(showTab(name));
      openSheet(true);
    });
  }
  // WAI-ARIA tabs: arrow keys move between the panel's tabs.
  byId('panel')
    .querySelector('.tabs')!
    .addEventListener('keydown', (event) => {
      const key = (event as KeyboardEvent).key;
      if (key !== 'ArrowLeft' && key !== 'ArrowRight') return;
      const next: PanelTab = store.get().tab === 'paths' ? 'details' : 'paths';
      store.update(showTab(next));
      byId(`tab-btn-${next}`).focus();
    });
  byId('sheet-close').addEventListener('click', () => openSheet(false));
  const readerToggle = byId('reader-toggle');
  const readerShown = () => getComputedStyle(byId('reader')).display !== 'none';
  readerToggle.addEventListener('click', () => {
    // The flip inverts this width's default: the essay is shown on wide screens, hidden on narrower ones.
    document.body.classList.toggle('reader-flip');
    readerToggle.setAttribute('aria-pressed', String(readerShown()));
    requestAnimationFrame(() => renderer.sigma.resize());
  });
  readerToggle.setAttribute('aria-pressed', String(readerShown()));
  // On a narrow stage the legend starts folded, so that it does not cover the graph.
  if (byId('graph').clientWidth < 1000) {
    byId('legend').classList.add('collapsed');
    byId('legend-collapse').setAttribute('aria-expanded', 'false');
  }
  byId('legend-collapse').addEventListener('click', () => {
    const collapsed = byId('legend').classList.toggle('collapsed');
    byId('legend-collapse').setAttribute('aria-expanded', String(!collapsed));
  });
  byId('theme-toggle').addEventListener('click', () => theme.toggle());
  // copyLink handles a refused clipboard itself: nothing is left to await.
  byId('copy-link').addEventListener('click', () => void copyLink());
  createEmbedDialog(byId('embed-open'), store, graph);
  createClaimsDialog(byId('claims-open'), store, graph, article);
  const relationTypes = [...new Set(graph.mapEdges((_, a) => a.relation))];
  createDownloadMenu(byId('download-button'), byId('download-menu'), store, relationTypes);
  byId('zoom-in').addEventListener('click', () => renderer.zoom(1));
  byId('zoom-out').addEventListener('click', () => renderer.zoom(-1));
  byId('zoom-fit').addEventListener('click', () => renderer.zoom(0));
  // Resetting the layout keeps the reader's pins where they were put.
  setUpLayoutControls(graph, renderer, () => pins.place(store.get()));

  // The first view frames the graph clear of the panels just built (before camera moves start going to the URL).
  if (!store.get().camera)
    renderer.frameNow(graph.filterNodes((n) => !renderer.sigma.getNodeDisplayData(n)?.hidden));
  // Camera moves go to the URL (replaced, not pushed) once the camera rests.
  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  renderer.onCameraChange((view) => {
    clearTimeout(cameraTimer);
    cameraTimer = setTimeout(() => store.update(setCamera(view)), 400);
  });

  let pathAbort: AbortController | null = null;
  // A camera from the URL (a permalink) is kept for the answer it was saved with; every later answer is framed.
  let keepLinkCamera = store.get().camera !== null;
  const runPathQuery = (state: State) => {
    const request = state.path.request;
    pathAbort?.abort();
    if (!request || state.path.status.type !== 'loading') return;
    const controller = new AbortController();
    pathAbort = controller;
    fetchPaths(sentRequest(request, state), controller.signal)
      .then((answer) => {
        store.update(receivePaths(request, answer));
        const path = activePath(store.get());
        if (path && !keepLinkCamera) renderer.fitNodes(path.nodes.map((n) => n.id));
        keepLinkCamera = false;
        announce(
          answer.paths.length
            ? `${answer.paths.length} paths found.`
            : (answer.reason ?? 'No path found.'),
        );
      })
      .catch((error: unknown) => {
        if ((error as Error).name === 'AbortError') return;
        const problem =
          error instanceof ProblemError
            ? error.problem
            : { type: 'about:blank', title: 'Error', status: 0, detail: String(error) };
        store.update(failPaths(request, problem));
        announce(readableDetail(problem.detail));
      });
  };

  const render = (state: State, previous: State | null) => {
    const changed = <K extends keyof State>(...keys: K[]) =>
      !previous || keys.some((k) => state[k] !== previous[k]);
    // No previous state: the renderer was built from this very state and has drawn it already.
    if (
      previous &&
      (changed('selection', 'focus', 'focusDepth', 'filters', 'year', 'path', 'compare', 'pins') ||
        (!renderer.large && changed('hoveredNode', 'hoveredEdge')))
    )
      renderer.render(state);
    if (changed('selection', 'year', 'focus'))
      renderDetails(details, graph, article, state, detailsActions);
    if (changed('path')) {
      renderPathResults(results, state, article, store, resultActions);
      const problem = state.path.status.type === 'error' ? state.path.status.problem : null;
      form.markInvalid(problem?.parameter ?? null, problem ? 'path-problem' : undefined);
      // An answer lands below the form: bring it into view in the panel.
      const arrived =
        state.path.status.type !== 'loading' && previous?.path.status.type === 'loading';
      if (arrived && state.path.status.type !== 'idle') {
        const panel = byId('tab-paths');
        panel.scrollTo({ top: results.offsetTop - panel.offsetTop - 12, behavior: 'smooth' });
      }
    }
    if (previous && requestKey(state.path.request) !== requestKey(previous.path.request))
      form.show(state.path.request);
    // Every new "loading" status is a question to run, even one asked before (re-running it must not hang).
    if (previous && state.path.status !== previous.path.status) runPathQuery(state);
    // The answer on screen was found under other filters: ask again (after this change has reached everyone).
    const sameQuestion = previous && state.path.status === previous.path.status;
    if (
      sameQuestion &&
      state.path.request &&
      changed('filters', 'year') &&
      !sameSend(state, previous)
    )
      queueMicrotask(() => store.update(rerunPath()));
    if (changed('path', 'filters', 'year')) renderPathStatus(state);
    if (changed('filters')) renderLegend(state);
    if (changed('year', 'compare', 'filters', 'focus', 'focusDepth')) renderTime(state);
    if (changed('pins')) pins.place(state);
    if (changed('pins', 'selection')) pins.renderChip(state);
    if (changed('compare')) {
      renderCompare(state);
      // The comparison's card takes room over the graph: frame what it shows in what is left.
      if (previous && (state.compare === null) !== (previous.compare === null))
        requestAnimationFrame(() => renderer.zoom(0));
    }
    if (changed('selection', 'path')) reader.highlight(sentencesInView(graph, state), true);
    if (changed('tab')) showPanel(state.tab);
    if (changed('selection') && state.selection && previous) {
      openSheet(true);
      if (PHONE.matches && state.selection.type === 'node') revealAboveSheet(state.selection.id);
    }
    renderFocusChip(state, graph, store);
  };

  /** On a phone the open sheet covers the lower part of the graph: show the node in the part left visible. */
  const revealAboveSheet = (id: string) => {
    const stage = byId('graph');
    const visible = stage.clientHeight - byId('panel').offsetHeight;
    renderer.focusNode(id, { x: stage.clientWidth / 2, y: Math.max(60, visible / 2) });
  };

  store.subscribe((state, previous) => render(state, previous));
  syncUrl(store, (state) => renderer.setCamera(state.camera, true));
  render(store.get(), null);
  document.body.dataset.ready = 'true';
  runPathQuery(store.get());
  const sel = store.get().selection;
  if (sel?.type === 'node' && !store.get().camera) renderer.focusNode(sel.id);

  return () => {
    pathAbort?.abort();
    renderer.kill();
  };
}

function queryDefaults() {
  return {
    from: '',
    to: '',
    via: [],
    k: 3,
    maxHops: 6,
    factsOnly: false,
    directed: false,
    at: null,
  };
}

function showPanel(tab: PanelTab): void {
  document.body.dataset.tab = tab;
  for (const button of document.querySelectorAll<HTMLElement>('button[data-tab]')) {
    const selected = button.dataset.tab === tab;
    button.setAttribute('aria-selected', String(selected));
    button.tabIndex = selected ? 0 : -1;
  }
}

function openSheet(open: boolean): void {
  document.body.dataset.sheet = open ? 'open' : 'closed';
}

function renderFocusChip(state: State, graph: ExplorerGraph, store: Store): void {
  const chip = byId('focus-chip');
  if (!state.focus || !graph.hasNode(state.focus)) {
    chip.hidden = true;
    return;
  }
  chip.hidden = false;
  replaceChildren(
    chip,
    icon('focus'),
    h('span', {}, `Neighbours of ${graph.getNodeAttribute(state.focus, 'label')}`),
    h(
      'label',
      { class: 'depth' },
      'depth ',
      (() => {
        const select = h(
          'select',
          { 'aria-label': 'Depth' },
          [1, 2, 3].map((d) => h('option', { value: d, selected: d === state.focusDepth }, d)),
        );
        select.addEventListener('change', () =>
          store.update(focusOn(state.focus, Number(select.value))),
        );
        return select;
      })(),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'icon-button',
        'aria-label': 'Show the whole graph',
        onclick: () => store.update(focusOn(null)),
      },
      icon('close'),
    ),
  );
}

async function copyLink(): Promise<void> {
  try {
    await navigator.clipboard.writeText(location.href);
    toast('Link copied: it reopens this exact view.');
  } catch {
    // Clipboard access can be refused (insecure context, permissions): let the reader copy by hand.
    window.prompt('Copy this link:', location.href);
  }
}

function setUpLayoutControls(
  graph: ExplorerGraph,
  renderer: GraphRenderer,
  afterReset: () => void,
): void {
  const button = byId<HTMLButtonElement>('relayout');
  const reset = byId<HTMLButtonElement>('reset-layout');
  const progress = byId('layout-progress');
  const bar = byId('layout-bar');
  const label = byId('layout-label');
  const original = new Map(graph.mapNodes((n, a) => [n, { x: a.x, y: a.y }] as const));
  let run: LayoutRun | null = null;

  const stopped = (end: string) => {
    run = null;
    button.setAttribute('aria-pressed', 'false');
    replaceChildren(button, icon('layout'), h('span', { class: 'label' }, 'Re-layout'));
    progress.hidden = true;
    reset.hidden = false;
    // The new layout is framed clear of the controls and the time bar.
    renderer.zoom(0);
    toast(
      end === 'settled'
        ? 'Layout settled.'
        : end === 'budget'
          ? 'Layout finished.'
          : 'Layout stopped.',
    );
  };
  // A listener's promise is dropped by the browser: the run is kept in `run`, which the next click stops.
  button.addEventListener('click', () => void toggleLayout());
  async function toggleLayout(): Promise<void> {
    if (run) return run.stop();
    button.setAttribute('aria-pressed', 'true');
    replaceChildren(button, icon('stop'), h('span', { class: 'label' }, 'Stop'));
    progress.hidden = false;
    bar.style.width = '0%';
    label.textContent = 'Laying out…';
    run = await startLayout(
      graph,
      ({ iteration, fraction }) => {
        bar.style.width = `${Math.round(fraction * 100)}%`;
        label.textContent = `Laying out… iteration ${iteration}`;
      },
      stopped,
    );
  }
  reset.addEventListener('click', () => {
    run?.stop();
    graph.updateEachNodeAttributes((n, a) => ({ ...a, ...original.get(n) }), {
      attributes: ['x', 'y'],
    });
    afterReset();
    reset.hidden = true;
    renderer.zoom(0);
  });
}
