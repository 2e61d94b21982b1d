// Path answers as an ordered list of readable chains with their quotes: the text alternative to the canvas.
import { foldName } from '../../graph/name-key.js';
import { KIND_COLORS } from '../../export/style.js';
import { h, icon, replaceChildren } from './dom.js';
import { quoteInSentence } from './quote.js';
import { badges } from './badges.js';
import { assertedBy } from './asserted-by.js';
import { clauseLine } from './clause-line.js';
import { parallelRelations } from './parallel-relations.js';
import { readableDetail } from '../state/problem-words.js';
import type { ArticleLookup, FoundPath, PathAnswer, Problem, State } from '../types.js';

export interface ResultActions {
  /** A suggestion from a "not found" problem: put this entity where the problem points and ask again. */
  useSuggestion(problem: Problem, id: string): void;
  fit(path: FoundPath): void;
  /** Draws answer `index` on the graph, or none (null). */
  showPath(index: number | null): void;
  /** An entity's label (for "Asserted by"), or null when the graph does not know it. */
  labelOf(id: string): string | null;
}

export function renderPathResults(
  el: HTMLElement,
  state: State,
  articleOf: ArticleLookup,
  actions: ResultActions,
): void {
  const status = state.path.status;
  el.setAttribute('aria-busy', String(status.type === 'loading'));
  switch (status.type) {
    case 'idle':
      return replaceChildren(el);
    case 'loading':
      return replaceChildren(
        el,
        h(
          'p',
          { class: 'loading' },
          h('span', { class: 'spinner', 'aria-hidden': 'true' }),
          'Finding paths…',
        ),
      );
    case 'error':
      return replaceChildren(el, problemView(status.problem, actions));
    case 'done':
      return replaceChildren(el, answerView(status.answer, state, articleOf, actions));
  }
}

function problemView(problem: Problem, actions: ResultActions) {
  const suggestions = problem.suggestions ?? [];
  return h(
    'div',
    { class: 'alert error', role: 'alert', id: 'path-problem' },
    h(
      'p',
      { class: 'alert-title' },
      icon('alert'),
      problem.status === 404 ? 'Not found' : problem.title,
    ),
    h('p', {}, readableDetail(problem.detail)),
    suggestions.length ? didYouMean(problem, suggestions, actions) : null,
  );
}

/** The entities the name most resembles, each a button that asks again with it. */
function didYouMean(
  problem: Problem,
  suggestions: NonNullable<Problem['suggestions']>,
  actions: ResultActions,
): HTMLElement {
  const suggestion = (s: { id: string; label: string }) =>
    h(
      'button',
      { type: 'button', class: 'chip', onclick: () => actions.useSuggestion(problem, s.id) },
      s.label,
    );
  return h(
    'div',
    { class: 'suggestions' },
    h('span', {}, 'Did you mean '),
    suggestions.slice(0, 6).map(suggestion),
  );
}

function answerView(
  answer: PathAnswer,
  state: State,
  articleOf: ArticleLookup,
  actions: ResultActions,
) {
  const q = answer.query;
  const title = q?.from && q?.to ? `${q.from.label} → ${q.to.label}` : 'Paths';
  const interpreted = [q?.from, ...(q?.via ?? []), q?.to].filter(
    (r) => r && r.input && foldName(r.input) !== foldName(r.label) && foldName(r.input) !== r.id,
  );
  if (answer.paths.length === 0)
    return h(
      'div',
      { class: 'alert', role: 'status' },
      h('p', { class: 'alert-title' }, icon('alert'), 'No path'),
      h('p', {}, answer.reason ?? 'Nothing connects these entities with the current settings.'),
      h(
        'p',
        { class: 'muted' },
        'Try more hops, drop “facts only” or the year, or fewer waypoints.',
      ),
    );
  return h(
    'section',
    { class: 'results', 'aria-labelledby': 'results-title' },
    h(
      'h2',
      { id: 'results-title', class: 'panel-title' },
      title,
      h(
        'span',
        { class: 'count' },
        `${answer.paths.length} ${answer.paths.length === 1 ? 'path' : 'paths'}`,
      ),
    ),
    interpreted.length
      ? h(
          'p',
          { class: 'muted interpreted' },
          'Read ',
          interpreted.map((r, i) => `${i ? ', ' : ''}“${r!.input}” as ${r!.label}`),
          '.',
        )
      : null,
    h(
      'ol',
      { class: 'path-list' },
      answer.paths.map((path, i) => pathItem(path, i, state.path.active === i, articleOf, actions)),
    ),
  );
}

function pathItem(
  path: FoundPath,
  index: number,
  active: boolean,
  articleOf: ArticleLookup,
  actions: ResultActions,
) {
  return h(
    'li',
    { class: `path-item${active ? ' active' : ''}`, 'data-path': index },
    h(
      'button',
      {
        type: 'button',
        class: 'path-head',
        'aria-pressed': String(active),
        onclick: () => {
          actions.showPath(active ? null : index);
          if (!active) actions.fit(path);
        },
      },
      h('span', { class: 'path-number' }, index + 1),
      h('span', { class: 'path-summary' }, path.nodes.map((n) => n.label).join(' → ')),
      h('span', { class: 'path-length' }, `${path.length} ${path.length === 1 ? 'hop' : 'hops'}`),
    ),
    h(
      'ol',
      { class: 'chain' },
      path.hops.map((hop, i) => {
        const from = path.nodes[i]!;
        const to = path.nodes[i + 1]!;
        return h(
          'li',
          { class: 'hop' },
          h(
            'p',
            { class: 'hop-line' },
            clauseLine(hop.clause, hop.polarity, (id) => nodeLink(id === from.id ? from : to)),
          ),
          badges(hop, null),
          assertedBy(hop.assertedBy, actions.labelOf),
          hop.evidence.slice(0, 1).map((e) => quoteInSentence(e, articleOf(hop.doc), hop.doc)),
          parallelRelations(
            hop,
            from,
            to,
            (e, doc) => quoteInSentence(e, articleOf(doc), doc),
            actions.labelOf,
          ),
        );
      }),
    ),
    path.narrative ? h('p', { class: 'narrative' }, path.narrative) : null,
  );
}

function nodeLink(node: { id: string; label: string; kind: keyof typeof KIND_COLORS }) {
  return h(
    'a',
    { href: `?node=${encodeURIComponent(node.id)}`, 'data-node': node.id, class: 'entity-link' },
    h('span', {
      class: 'kind-dot',
      style: `--dot:${KIND_COLORS[node.kind]}`,
      'aria-hidden': 'true',
    }),
    node.label,
  );
}
