// The graph as drawn: the core graph plus sigma's sizes and colours, defined once for the wire, downloads and layout.
import { MultiDirectedGraph } from 'graphology';
import { toldImportance } from '../graph/importance.js';
import type { LayoutInput } from '../graph/layout.js';
import type {
  EdgeAttributes,
  EssayGraph,
  GraphAttributes,
  NodeAttributes,
} from '../graph/types.js';
import { KIND_COLORS, NODE_SIZE, POLARITY_COLORS } from './style.js';

/** A node as /api/graph sends it and every download holds it: its size in sigma's pixels and its kind's colour. */
export interface DrawnNodeAttributes extends NodeAttributes {
  size: number;
  color: string;
}

/** An edge as drawn: its width in sigma's pixels and its polarity's colour. */
export interface DrawnEdgeAttributes extends EdgeAttributes {
  size: number;
  color: string;
}

export type DrawnGraph = MultiDirectedGraph<
  DrawnNodeAttributes,
  DrawnEdgeAttributes,
  GraphAttributes
>;

/** Every relation is drawn this wide; polarity is told by colour and modality by dashes. */
export const EDGE_SIZE = 1.5;

/** A node's size in sigma's pixels, to 1/100: by the square root of its importance, so its area grows with it. */
export function nodeSize(importance: number): number {
  const size = NODE_SIZE.min + Math.sqrt(importance) * (NODE_SIZE.max - NODE_SIZE.min);
  return Math.round(size * 100) / 100;
}

/** The server's layout keeps nodes apart by the sizes they are drawn at. */
export const DRAWN_LAYOUT: LayoutInput = { nodeSize: (attrs) => nodeSize(attrs.importance) };

/** Sized by the exact importance, which it then tells to 1/1000 (graph/importance.ts). */
function drawnNode(attrs: NodeAttributes): DrawnNodeAttributes {
  return {
    ...attrs,
    importance: toldImportance(attrs.importance),
    size: nodeSize(attrs.importance),
    color: KIND_COLORS[attrs.kind],
  };
}

/** The note, when there is one, stays the last attribute, where the serialized format has always had it. */
export function drawnEdge(attrs: EdgeAttributes): DrawnEdgeAttributes {
  const { note, ...facts } = attrs;
  const drawn: DrawnEdgeAttributes = {
    ...facts,
    size: EDGE_SIZE,
    color: POLARITY_COLORS[attrs.polarity],
  };
  if (note !== undefined) drawn.note = note;
  return drawn;
}

/** A copy of the graph as drawn, in the same order of nodes and edges; the core graph is left as it is. */
export function drawGraph(graph: EssayGraph): DrawnGraph {
  const drawn: DrawnGraph = new MultiDirectedGraph<
    DrawnNodeAttributes,
    DrawnEdgeAttributes,
    GraphAttributes
  >();
  drawn.replaceAttributes({ ...graph.getAttributes() });
  graph.forEachNode((node, attrs) => {
    drawn.addNode(node, drawnNode(attrs));
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    drawn.addDirectedEdgeWithKey(edge, source, target, drawnEdge(attrs));
  });
  return drawn;
}
