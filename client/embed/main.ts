// Entry point of /embed: loads the graph and the library, prepares the graph for drawing and starts the read-only view.
import { MultiDirectedGraph } from 'graphology';
import { fetchDocuments, fetchGraph, ProblemError } from '../api.js';
import { prepareEdges } from '../drawing/edge-programs.js';
import { LARGE_GRAPH_EDGES } from '../drawing/graph-renderer.js';
import { byId, h, replaceChildren } from '../views/dom.js';
import type { ExplorerGraph } from '../types.js';
import { startEmbed } from './embed-app.js';
import '../styles.css';
import './embed.css';

async function main(): Promise<void> {
  // The library resolves the link's document scope; without it the embed shows every document.
  const [data, library] = await Promise.all([fetchGraph(null), fetchDocuments().catch(() => null)]);
  const graph: ExplorerGraph = new MultiDirectedGraph();
  graph.import(data as unknown as Parameters<ExplorerGraph['import']>[0]);
  if (graph.size <= LARGE_GRAPH_EDGES) prepareEdges(graph);
  const stop = await startEmbed(graph, library?.documents ?? []);
  window.addEventListener('pagehide', stop, { once: true });
}

main().catch((error: unknown) => {
  const detail = error instanceof ProblemError ? error.problem.detail : String(error);
  const stage = byId('graph');
  stage.classList.remove('loading');
  replaceChildren(
    stage,
    h(
      'div',
      { class: 'load-error', role: 'alert' },
      h('h2', {}, 'The graph could not be loaded'),
      h('p', {}, detail),
    ),
  );
});
