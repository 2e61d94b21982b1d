// An entity's relations read from its side, grouped as a reader scans them: one group per type and direction.
import type { AbstractGraph } from 'graphology-types';

/** What grouping needs of a relation: its type and the words for each direction. */
interface GroupedEdge {
  relation: string;
  label: string;
  inverseLabel: string;
}

export interface RelationGroup<E> {
  relation: string;
  /** `out` when the entity is the relations' source. */
  direction: 'out' | 'in';
  /** Read from the entity's side: "denounced" going out, "was denounced by" coming in. */
  label: string;
  relations: { edge: string; other: string; otherLabel: string; attributes: E }[];
}

/**
 * The one grouping behind the API's entity detail and the explorer's details panel: the largest groups first, then by
 * their words; within a group, by the other entity's label, then by relation id, so every load reads the same.
 */
export function groupRelations<N extends { label: string }, E extends GroupedEdge>(
  graph: AbstractGraph<N, E>,
  id: string,
): RelationGroup<E>[] {
  const groups = new Map<string, RelationGroup<E>>();
  graph.forEachEdge(id, (edge, attributes, source, target) => {
    const direction = source === id ? 'out' : 'in';
    const other = direction === 'out' ? target : source;
    const key = `${attributes.relation}:${direction}`;
    const label = direction === 'out' ? attributes.label : attributes.inverseLabel;
    const group = groups.get(key) ?? {
      relation: attributes.relation,
      direction,
      label,
      relations: [],
    };
    group.relations.push({
      edge,
      other,
      otherLabel: graph.getNodeAttribute(other, 'label'),
      attributes,
    });
    groups.set(key, group);
  });
  const list = [...groups.values()];
  for (const group of list)
    group.relations.sort(
      (a, b) => a.otherLabel.localeCompare(b.otherLabel) || a.edge.localeCompare(b.edge),
    );
  return list.sort(
    (a, b) => b.relations.length - a.relations.length || a.label.localeCompare(b.label),
  );
}
