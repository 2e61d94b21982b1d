// An empty essay graph: where a built graph starts, and every filtered copy, which keeps its source's attributes.
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, EssayGraph, GraphAttributes, NodeAttributes } from './types.js';

export function emptyEssayGraph(attributes: GraphAttributes): EssayGraph {
  const graph: EssayGraph = new MultiDirectedGraph<
    NodeAttributes,
    EdgeAttributes,
    GraphAttributes
  >();
  graph.replaceAttributes({ ...attributes });
  return graph;
}
