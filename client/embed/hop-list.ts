// The embed's text beside or below the graph: the drawn path hop by hop, each hop with the essay's words.
import { KIND_COLORS } from '../../export/style.js';
import type { StoreActions } from '../state/store-actions.js';
import { clauseLine } from '../views/clause-line.js';
import { assertedBy } from '../views/asserted-by.js';
import { h, icon, replaceChildren } from '../views/dom.js';
import { parallelRelations } from '../views/parallel-relations.js';
import { caseMark } from '../views/quote.js';
import type { DisplayCase } from '../../graph/text/display-case.js';
import type { Evidence, FoundPath, PathNode, State } from '../types.js';

/** Renders the hop list for a state; hidden when the view has no path question. */
export function renderHopList(
  el: HTMLElement,
  state: State,
  actions: StoreActions,
  labelOf: (id: string) => string | null,
  displayCase: DisplayCase,
): void {
  const { request, status, active } = state.path;
  el.hidden = request === null;
  document.body.classList.toggle('has-hops', request !== null);
  if (!request) return replaceChildren(el);
  if (status.type === 'loading' || status.type === 'idle')
    return replaceChildren(el, h('p', { class: 'embed-note' }, 'Finding paths…'));
  if (status.type === 'error')
    return replaceChildren(
      el,
      h('p', { class: 'embed-note', role: 'alert' }, status.problem.detail),
    );
  const paths = status.answer.paths;
  if (paths.length === 0)
    return replaceChildren(
      el,
      h('p', { class: 'embed-note' }, status.answer.reason ?? 'Nothing connects these entities.'),
    );
  const index = active ?? 0;
  const path = paths[index]!;
  replaceChildren(
    el,
    h(
      'details',
      { class: 'hops-details', open: true },
      h(
        'summary',
        {},
        h(
          'span',
          { class: 'hops-heading' },
          `${path.length} ${path.length === 1 ? 'hop' : 'hops'}, in the essay’s words`,
        ),
        icon('down'),
      ),
      paths.length > 1 ? pathSwitcher(paths.length, index, actions) : null,
      h('ol', { class: 'chain embed-chain' }, hops(path, labelOf, displayCase)),
    ),
  );
}

function pathSwitcher(count: number, index: number, actions: StoreActions) {
  return h(
    'div',
    { class: 'path-switch', role: 'group', 'aria-label': 'Paths found' },
    h('span', { class: 'muted' }, 'Path'),
    Array.from({ length: count }, (_, i) =>
      h(
        'button',
        {
          type: 'button',
          class: 'path-switch-button',
          'aria-pressed': String(i === index),
          'aria-label': `Path ${i + 1} of ${count}`,
          onclick: () => actions.showPath(i),
        },
        i + 1,
      ),
    ),
  );
}

function hops(path: FoundPath, labelOf: (id: string) => string | null, displayCase: DisplayCase) {
  const caseQuote = (e: Evidence) => quote(e, displayCase);
  return path.hops.map((hop, i) =>
    h(
      'li',
      { class: 'hop embed-hop' },
      h(
        'p',
        { class: 'hop-line' },
        clauseLine(hop.clause, hop.polarity, (id) =>
          entity(id === path.nodes[i]!.id ? path.nodes[i]! : path.nodes[i + 1]!),
        ),
      ),
      assertedBy(hop.assertedBy, labelOf),
      hop.evidence.slice(0, 1).map(caseQuote),
      parallelRelations(hop, path.nodes[i]!, path.nodes[i + 1]!, caseQuote, labelOf),
    ),
  );
}

function entity(node: PathNode) {
  return h(
    'button',
    { type: 'button', class: 'entity-name', 'data-node': node.id },
    h('span', {
      class: 'kind-dot',
      style: `--dot:${KIND_COLORS[node.kind]}`,
      'aria-hidden': 'true',
    }),
    node.label,
  );
}

/**
 * A quote without its sentence: the embed does not load the article, and its room is small. Its names and "I"
 * take their capitals back (a quote's first letter stays as written: only the article knows sentence starts).
 */
export function quote(evidence: Evidence, displayCase: DisplayCase): HTMLElement {
  const shown = displayCase(evidence.quote);
  return h(
    'blockquote',
    { class: 'quote' },
    h('p', {}, '“', h('mark', {}, shown), '”'),
    h('span', { class: 'quote-source' }, `Sentence ${evidence.sentence + 1}`),
    caseMark(shown, evidence.quote),
  );
}
