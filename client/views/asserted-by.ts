// "Asserted by …": who says a relation holds, shown wherever a relation is (hops, entity pages, relation cards).
import { h } from './dom.js';
import type { ExplorerGraph } from '../types.js';

const ASSERTED_BY = 'Asserted by';

/** The speaker links to their entity page; an id the graph does not know is shown as is rather than hidden. */
export function assertedBy(id: string, labelOf: (id: string) => string | null): HTMLElement {
  const label = labelOf(id);
  return h(
    'p',
    { class: 'muted asserted' },
    `${ASSERTED_BY} `,
    label === null
      ? id
      : h(
          'a',
          { href: `?node=${encodeURIComponent(id)}`, 'data-node': id, class: 'entity-link' },
          label,
        ),
  );
}

/** An entity's label by id from the graph, or null when the graph does not hold it. */
export function labelsOf(graph: ExplorerGraph): (id: string) => string | null {
  return (id) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : null);
}
