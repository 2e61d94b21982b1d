// The card a tap or click opens in the embed: an entity's label and the quotes behind its relations, or a relation's.
import type { StoreActions } from '../state/store-actions.js';
import { h, icon, replaceChildren } from '../views/dom.js';
import type { ExplorerGraph, State } from '../types.js';
import { quote } from './hop-list.js';
import { displayCaseOf } from '../state/display-case.js';
import { assertedBy, labelsOf } from '../views/asserted-by.js';

/** A card stays small: the explorer, one link away, has the rest. */
const MAX_RELATIONS = 4;

export function renderCard(
  el: HTMLElement,
  graph: ExplorerGraph,
  state: State,
  actions: StoreActions,
): void {
  const sel = state.selection;
  const content =
    sel?.type === 'node' && graph.hasNode(sel.id)
      ? nodeCard(graph, sel.id)
      : sel?.type === 'edge' && graph.hasEdge(sel.id)
        ? edgeCard(graph, sel.id)
        : null;
  el.hidden = content === null;
  if (!content) return replaceChildren(el);
  replaceChildren(
    el,
    h(
      'button',
      {
        type: 'button',
        class: 'icon-button card-close',
        'aria-label': 'Close',
        onclick: () => actions.select(null),
      },
      icon('close'),
    ),
    content,
    h(
      'a',
      {
        class: 'card-more',
        href: `/?${sel!.type}=${encodeURIComponent(sel!.id)}`,
        target: '_blank',
        rel: 'noopener',
      },
      'All of it in the explorer',
    ),
  );
}

function nodeCard(graph: ExplorerGraph, id: string) {
  const a = graph.getNodeAttributes(id);
  const relations = graph
    .mapEdges(id, (edge, e, source, target) => ({ edge, e, source, target }))
    .filter((r) => r.e.evidence.length > 0)
    .slice(0, MAX_RELATIONS);
  return h(
    'div',
    { class: 'card-body' },
    h(
      'p',
      { class: 'eyebrow' },
      h('span', { class: 'kind-dot', style: `--dot:${a.color}`, 'aria-hidden': 'true' }),
      a.kind,
    ),
    h('h2', { class: 'card-title', id: 'card-title' }, a.label),
    a.description ? h('p', { class: 'card-description' }, a.description) : null,
    relations.map((r) =>
      h(
        'div',
        { class: 'card-relation' },
        h(
          'p',
          { class: 'hop-line' },
          graph.getNodeAttribute(r.source, 'label'),
          h('span', { class: `hop-verb polarity-${r.e.polarity}` }, ` ${r.e.label} `),
          graph.getNodeAttribute(r.target, 'label'),
        ),
        assertedBy(r.e.assertedBy, labelsOf(graph)),
        quote(r.e.evidence[0]!, displayCaseOf(graph)),
      ),
    ),
  );
}

function edgeCard(graph: ExplorerGraph, id: string) {
  const a = graph.getEdgeAttributes(id);
  const [source, target] = graph.extremities(id);
  return h(
    'div',
    { class: 'card-body' },
    h('p', { class: 'eyebrow' }, 'Relation'),
    h(
      'h2',
      { class: 'card-title', id: 'card-title' },
      graph.getNodeAttribute(source, 'label'),
      h('span', { class: `hop-verb polarity-${a.polarity}` }, ` ${a.label} `),
      graph.getNodeAttribute(target, 'label'),
    ),
    assertedBy(a.assertedBy, labelsOf(graph)),
    a.evidence.slice(0, MAX_RELATIONS).map((e) => quote(e, displayCaseOf(graph))),
  );
}
