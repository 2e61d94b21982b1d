// The searches the engine is measured against: graphology-shortest-path's bidirectional search and ngraph.path.
import { MultiDirectedGraph, UndirectedGraph } from 'graphology';
import type Graph from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import createGraph, { type Graph as NGraph } from 'ngraph.graph';
import ngraphPath from 'ngraph.path';
import type { EssayGraph } from '../graph/types.js';
import type { SyntheticCorpus } from './synthetic-graph.js';

/** Node ids from source to target, or null: what every search here answers. */
export type PathFinder = (source: string, target: string) => string[] | null;

/**
 * graphology's `bidirectional` follows edge direction (out-neighbours forward, in-neighbours backward). To search
 * the very graph the engine searches, undirected, it gets a view of it whose out- and in-neighbours are both
 * `neighbors()`: same data structure, same adjacency, only the direction read differently.
 */
export function graphologyOnSameGraph(graph: EssayGraph): PathFinder {
  const neighbors = (node: string) => graph.neighbors(node);
  const view = Object.create(graph, {
    outboundNeighbors: { value: neighbors },
    inboundNeighbors: { value: neighbors },
  }) as Graph;
  return (source, target) => bidirectional(view, source, target);
}

/**
 * The graph of the same records without attributes, same keys: what graphology's structure alone costs to build.
 * Built from the records, as the real build is, while the same records are alive, so both pay the same collector.
 */
export function bareGraph(corpus: SyntheticCorpus): MultiDirectedGraph {
  const graph = new MultiDirectedGraph();
  for (const e of corpus.entities) graph.addNode(e.id);
  for (const r of corpus.relations) graph.addDirectedEdgeWithKey(r.id, r.source, r.target);
  return graph;
}

/** A simple undirected copy (parallel relations merged): what a graphology user would build to search undirected. */
export function undirectedCopy(graph: EssayGraph): UndirectedGraph {
  const copy = new UndirectedGraph();
  graph.forEachNode((node) => {
    copy.addNode(node);
  });
  graph.forEachEdge((_edge, _attrs, source, target) => {
    copy.mergeEdge(source, target);
  });
  return copy;
}

export function graphologyOnCopy(copy: UndirectedGraph): PathFinder {
  return (source, target) => bidirectional(copy, source, target);
}

/** The same relations in an ngraph.graph (a multigraph, so parallel relations stay parallel links). */
export function ngraphCopy(graph: EssayGraph): NGraph {
  const copy = createGraph({ multigraph: true });
  copy.beginUpdate();
  graph.forEachNode((node) => {
    copy.addNode(node);
  });
  graph.forEachEdge((_edge, _attrs, source, target) => {
    copy.addLink(source, target);
  });
  copy.endUpdate();
  return copy;
}

/**
 * ngraph.path's A* with no heuristic, which is Dijkstra with unit weights, and its bidirectional NBA*. Both treat
 * the graph as undirected unless `oriented: true`. They answer the nodes from target back to source, and an
 * empty array for no path.
 */
export function ngraphFinders(copy: NGraph): { aStar: PathFinder; nba: PathFinder } {
  const wrap =
    (finder: { find: (from: string, to: string) => { id: string | number }[] }): PathFinder =>
    (source, target) => {
      const nodes = finder.find(source, target);
      return nodes.length === 0 ? null : nodes.map((n) => String(n.id)).reverse();
    };
  return { aStar: wrap(ngraphPath.aStar(copy)), nba: wrap(ngraphPath.nba(copy)) };
}
