// Tiny inline graphs for the client's pure-function tests.
import { MultiDirectedGraph } from 'graphology';
import type {
  ClientEdgeAttributes,
  EdgeAttributes,
  ExplorerGraph,
  NodeAttributes,
} from '../../client/types.js';

export function node(label: string, extra: Partial<NodeAttributes> = {}): NodeAttributes {
  return {
    label,
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

export function edge(extra: Partial<EdgeAttributes> = {}): ClientEdgeAttributes {
  return {
    relation: 'denounced',
    label: 'denounced',
    inverseLabel: 'was denounced by',
    evidence: [],
    time: null,
    polarity: 'hostile',
    modality: 'fact',
    assertedBy: 'a',
    size: 1.5,
    color: '#C0392B',
    ...extra,
  };
}

/** a → b → c, c → d (1969 only), plus an isolated e of kind state. */
export function smallGraph(): ExplorerGraph {
  const g: ExplorerGraph = new MultiDirectedGraph();
  for (const id of ['a', 'b', 'c', 'd']) g.addNode(id, node(id.toUpperCase()));
  g.addNode('e', node('E', { kind: 'state' }));
  g.addDirectedEdgeWithKey('ab', 'a', 'b', edge());
  g.addDirectedEdgeWithKey(
    'bc',
    'b',
    'c',
    edge({ modality: 'claim', relation: 'praised', label: 'praised' }),
  );
  g.addDirectedEdgeWithKey('cd', 'c', 'd', edge({ time: { start: 1969, end: 1969 } }));
  return g;
}

/** The years the year tests clamp to (the explorer reads an essay's own from its data, yearRangeOf). */
export const ESSAY_YEARS = { min: 1953, max: 2025 } as const;
