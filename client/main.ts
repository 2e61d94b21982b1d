// Entry point: loads the graph, the first article and the library, prepares the graph for drawing, starts the explorer.
import { MultiDirectedGraph } from 'graphology';
import { fetchArticle, fetchDocuments, fetchGraph, ProblemError } from './api.js';
import { startExplorer } from './app.js';
import { prepareEdges } from './drawing/edge-programs.js';
import { LARGE_GRAPH_EDGES } from './drawing/graph-renderer.js';
import { byId, h, replaceChildren } from './views/dom.js';
import type { ExplorerGraph } from './types.js';
import { takeEditTokenFromUrl } from './edit-token.js';
import './styles.css';

// First of all: an edit link's token leaves the address bar before anything can read, copy or share the URL.
takeEditTokenFromUrl();

async function main(): Promise<void> {
  const dataset = new URLSearchParams(location.search).get('dataset');
  // A generated dataset has no documents; without the library the explorer still shows the graph.
  const [data, article, library] = await Promise.all([
    fetchGraph(dataset),
    dataset ? Promise.resolve(null) : fetchArticle().catch(() => null),
    dataset ? Promise.resolve(null) : fetchDocuments().catch(() => null),
  ]);
  const graph: ExplorerGraph = new MultiDirectedGraph();
  graph.import(data as unknown as Parameters<ExplorerGraph['import']>[0]);
  // Curvature only matters for the curved programs, which large graphs do not use.
  if (graph.size <= LARGE_GRAPH_EDGES) prepareEdges(graph);
  const renderer = byId('graph');
  renderer.classList.remove('loading');
  const stop = await startExplorer(graph, article, library?.documents ?? []);
  window.addEventListener('pagehide', stop, { once: true });
}

main().catch((error: unknown) => {
  const detail = error instanceof ProblemError ? error.problem.detail : String(error);
  replaceChildren(
    byId('graph'),
    h(
      'div',
      { class: 'load-error', role: 'alert' },
      h('h2', {}, 'The graph could not be loaded'),
      h('p', {}, detail),
    ),
  );
});
