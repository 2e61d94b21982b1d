// The comparison of two years as a list: what began, what ended and what held, each relation linked to the graph.
import { compareYears as compare, YEAR_CHANGES } from '../../graph/query/compare-years.js';
import { YEAR_CHANGE_COLORS } from '../../export/style.js';
import { h, icon, replaceChildren } from './dom.js';
import { formatSpan } from '../../graph/time-wording.js';
import type { Store } from '../state/store.js';
import type { StoreActions } from '../state/store-actions.js';
import type { ExplorerGraph, State, YearPair } from '../types.js';

/** Groups up to this long are listed open. */
const OPEN_UP_TO = 12;

export function createYearCompare(
  root: HTMLElement,
  graph: ExplorerGraph,
  store: Store,
  actions: StoreActions,
): (state: State) => void {
  const yearInput = (id: string, label: string, key: keyof YearPair) => {
    const input = h('input', {
      id,
      type: 'number',
      class: 'input year-input',
      min: store.get().years.min,
      max: store.get().years.max,
      inputmode: 'numeric',
    });
    input.addEventListener('change', () => {
      const current = store.get().compare;
      const year = Number(input.value);
      if (!current || !Number.isInteger(year)) return;
      actions.compareYears({ ...current, [key]: year });
    });
    return { input, field: h('label', { class: 'year-field' }, label, input) };
  };
  const from = yearInput('compare-from', 'From', 'from');
  const to = yearInput('compare-to', 'to', 'to');
  const close = h(
    'button',
    {
      type: 'button',
      class: 'icon-button',
      'aria-label': 'End the comparison',
      onclick: () => actions.compareYears(null),
    },
    icon('close'),
  );
  const body = h('div', { class: 'compare-body' });
  replaceChildren(
    root,
    h(
      'div',
      { class: 'compare-head' },
      h('h2', { class: 'compare-title', id: 'compare-title' }, 'Compare years'),
      from.field,
      to.field,
      close,
    ),
    body,
  );
  root.setAttribute('aria-labelledby', 'compare-title');

  return (state) => {
    root.hidden = state.compare === null;
    if (!state.compare) return;
    from.input.value = String(state.compare.from);
    to.input.value = String(state.compare.to);
    replaceChildren(body, changeGroups(graph, state.compare));
  };
}

function changeGroups(graph: ExplorerGraph, pair: YearPair) {
  const result = compare(graph, pair.from, pair.to);
  return [
    ...YEAR_CHANGES.map(({ change, label, describe }) =>
      h(
        'details',
        // Short groups open by themselves; long ones show their count and open on demand.
        {
          class: `compare-group ${change}`,
          open: result[change].length <= OPEN_UP_TO,
          'data-change': change,
        },
        h(
          'summary',
          {},
          h('span', { class: 'swatch line', style: `--swatch:${YEAR_CHANGE_COLORS[change]}` }),
          h('span', { class: 'compare-label' }, label),
          h('span', { class: 'compare-count' }, result[change].length),
          h('span', { class: 'muted compare-what' }, describe(result.from, result.to)),
        ),
        h('ul', { class: 'compare-list' }, sortedByLabel(graph, result[change]).map(relationItem)),
      ),
    ),
    result.undated === 0
      ? null
      : h(
          'p',
          { class: 'muted compare-note' },
          `${result.undated} undated relations are left out: the essay gives them no time, so they hold in every year.`,
        ),
  ];

  function relationItem(edge: string) {
    const a = graph.getEdgeAttributes(edge);
    const [source, target] = graph.extremities(edge);
    const span = formatSpan(a.time);
    return h(
      'li',
      {},
      h(
        'a',
        { href: `?edge=${encodeURIComponent(edge)}`, 'data-edge': edge, class: 'compare-relation' },
        `${graph.getNodeAttribute(source, 'label')} ${a.label} ${graph.getNodeAttribute(target, 'label')}`,
      ),
      span ? h('span', { class: 'muted compare-span' }, ` (${span})`) : null,
    );
  }
}

function sortedByLabel(graph: ExplorerGraph, edges: string[]): string[] {
  const key = (e: string) => graph.getNodeAttribute(graph.source(e), 'label');
  return [...edges].sort((a, b) => key(a).localeCompare(key(b)));
}
