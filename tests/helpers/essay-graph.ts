// The one factory of small essay-shaped graphs for tests: `essayGraph([['a', 'b']])`, `chains('a>b>c')`.
import { MultiDirectedGraph } from 'graphology';
import type {
  DrawnEdgeAttributes,
  DrawnGraph,
  DrawnNodeAttributes,
} from '../../export/drawn-graph.js';
import type { EntityKind, GraphAttributes } from '../../graph/types.js';

/** The helper's graphs are drawn (sizes and colours) like the wire's: the core's queries take them as they are. */
type NodeAttributes = DrawnNodeAttributes;
type EdgeAttributes = DrawnEdgeAttributes;
type EssayGraph = DrawnGraph;

/** An edge: its ends, attributes over the defaults of `edgeAttrs`, and its key (`e<index>` when absent). */
export type EdgeSpec = [
  source: string,
  target: string,
  attrs?: Partial<EdgeAttributes>,
  key?: string,
];

/** A node's kind, or attributes over the defaults of `nodeAttrs`. */
export type NodeSpec = EntityKind | Partial<NodeAttributes>;

/** A person labelled with its id in capitals, drawn like the explorer draws one. */
export function nodeAttrs(id: string, extra: Partial<NodeAttributes> = {}): NodeAttributes {
  return {
    label: id.toUpperCase(),
    kind: 'person',
    aliases: [],
    names: [],
    description: '',
    time: null,
    mentions: [],
    importance: 0,
    x: 0,
    y: 0,
    size: 5,
    color: '#0072B2',
    ...extra,
  };
}

/** A hostile fact, "denounced", asserted by the author, with no evidence unless given. */
export function edgeAttrs(extra: Partial<EdgeAttributes> = {}): EdgeAttributes {
  return {
    doc: 'essay',
    relation: 'denounced',
    label: 'denounced',
    inverseLabel: 'was denounced by',
    evidence: [],
    time: null,
    polarity: 'hostile',
    modality: 'fact',
    assertedBy: 'author',
    size: 1.5,
    color: '#C0392B',
    ...extra,
  };
}

/**
 * Nodes listed in `nodes` come first, in its order; the others are created as edges name them. Every edge quotes
 * `<source> denounced <target>` unless its attributes say otherwise, so paths over it have evidence to cite.
 */
export function essayGraph(
  edges: EdgeSpec[],
  nodes: Record<string, NodeSpec> = {},
  attributes: Partial<GraphAttributes> = {},
): EssayGraph {
  const graph: EssayGraph = new MultiDirectedGraph<
    NodeAttributes,
    EdgeAttributes,
    GraphAttributes
  >();
  graph.replaceAttributes({
    title: 'Tiny',
    author: 'Test',
    publication: 'Tests',
    documents: [{ slug: 'essay', title: 'Tiny', author: 'Test', publication: 'Tests' }],
    ...attributes,
  });
  const ensure = (id: string) => {
    if (graph.hasNode(id)) return;
    const spec = nodes[id];
    graph.addNode(id, nodeAttrs(id, typeof spec === 'string' ? { kind: spec } : spec));
  };
  Object.keys(nodes).forEach(ensure);
  edges.forEach(([source, target, attrs, key], i) => {
    ensure(source);
    ensure(target);
    const evidence = [{ quote: `${source} denounced ${target}`, sentence: 0, start: 0, end: 1 }];
    graph.addDirectedEdgeWithKey(key ?? `e${i}`, source, target, edgeAttrs({ evidence, ...attrs }));
  });
  return graph;
}

/** Chains written as `a>b>c d>c`: each `>` is an edge; spaces separate chains. */
export function chains(spec: string, nodes: Record<string, NodeSpec> = {}): EssayGraph {
  const edges: EdgeSpec[] = [];
  for (const chain of spec.trim().split(/\s+/)) {
    const ids = chain.split('>');
    for (let i = 0; i + 1 < ids.length; i++) edges.push([ids[i]!, ids[i + 1]!]);
  }
  return essayGraph(edges, nodes);
}

/** The node ids of each path, for compact assertions. */
export function ids(paths: { nodes: { id: string }[] }[]): string[][] {
  return paths.map((p) => p.nodes.map((n) => n.id));
}

/** The client's small graph: a → b → c (b → c a claim of praise), c → d in 1969 only, an isolated state e. */
export function smallGraph(): EssayGraph {
  return essayGraph(
    [
      ['a', 'b', { evidence: [] }, 'ab'],
      ['b', 'c', { evidence: [], modality: 'claim', relation: 'praised', label: 'praised' }, 'bc'],
      ['c', 'd', { evidence: [], time: { start: 1969, end: 1969 } }, 'cd'],
    ],
    { a: {}, b: {}, c: {}, d: {}, e: 'state' },
  );
}

/**
 * The years the client's year tests clamp to: the span the explorer hard-coded before it read an essay's own from its
 * data (yearRangeOf), so old permalinks are checked against the range they were made with.
 */
export const ESSAY_YEARS = { min: 1953, max: 2025 } as const;
