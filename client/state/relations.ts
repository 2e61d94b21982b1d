// A node's relations grouped by type and direction, as the details panel lists them ("denounced", "was denounced by").
import type { ClientEdgeAttributes, ExplorerGraph } from '../types.js';

export interface RelationItem {
  edge: string;
  other: string;
  otherLabel: string;
  attributes: ClientEdgeAttributes;
}

export interface RelationGroup {
  /** `relation:out` or `relation:in`. */
  key: string;
  heading: string;
  relation: string;
  direction: 'out' | 'in';
  items: RelationItem[];
}

export function relationGroups(graph: ExplorerGraph, node: string): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  const add = (direction: 'out' | 'in', edge: string, other: string, a: ClientEdgeAttributes) => {
    const key = `${a.relation}:${direction}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        heading: direction === 'out' ? a.label : a.inverseLabel,
        relation: a.relation,
        direction,
        items: [],
      };
      groups.set(key, group);
    }
    group.items.push({
      edge,
      other,
      otherLabel: graph.getNodeAttribute(other, 'label'),
      attributes: a,
    });
  };
  graph.forEachOutEdge(node, (edge, a, _s, target) => add('out', edge, target, a));
  graph.forEachInEdge(node, (edge, a, source) => add('in', edge, source, a));
  const list = [...groups.values()];
  for (const g of list) g.items.sort((x, y) => x.otherLabel.localeCompare(y.otherLabel));
  // Most-used relations first, then alphabetically, so the panel reads the same on every load.
  return list.sort((a, b) => b.items.length - a.items.length || a.heading.localeCompare(b.heading));
}
