// The legend, which is also the filter panel: documents (when several), kinds, relation polarity and modality, relation types.
import { KIND_COLORS, POLARITY_COLORS } from '../../export/style.js';
import { h, icon, replaceChildren } from './dom.js';
import {
  ENTITY_KINDS_LIST,
  KIND_NAMES,
  MODALITY_LIST,
  MODALITY_NAMES,
  POLARITY_LIST,
  POLARITY_NAMES,
} from '../state/vocabulary.js';
import { inScope } from '../state/documents.js';
import type { EntityKind, ExplorerGraph, Filters, Modality, State } from '../types.js';

interface Counts {
  kinds: Map<string, number>;
  modalities: Map<string, number>;
  relations: { relation: string; label: string; count: number }[];
}

/** What the legend's buttons ask for. */
export interface LegendActions {
  toggleKind(kind: EntityKind): void;
  toggleModality(modality: Modality): void;
  toggleRelation(relation: string): void;
  showAll(): void;
  toggleDocument(slug: string): void;
  showAllDocuments(): void;
}

interface Disclosure {
  types: boolean;
  allTypes: boolean;
}

/** Returns the legend's draw; the relation types' disclosure is the legend's own and redraws it. */
export function createLegend(
  root: HTMLElement,
  graph: ExplorerGraph,
  actions: LegendActions,
): (state: State) => void {
  const counts = countGraph(graph);
  const open: Disclosure = { types: false, allTypes: false };
  let last: State | null = null;
  const flip = (key: keyof Disclosure) => {
    open[key] = !open[key];
    if (last) render(last);
  };
  const render = (state: State) => {
    last = state;
    const f = state.filters;
    const filtered =
      f.hiddenKinds.length + f.hiddenRelations.length + f.hiddenModalities.length > 0;
    replaceChildren(
      root,
      legendHead(filtered, actions),
      documentGroup(state, actions),
      kindGroup(counts, f, actions),
      relationGroup(counts, f, actions),
      relationTypeGroup(counts, f, actions, open, flip),
    );
  };
  return render;
}

function legendHead(filtered: boolean, actions: LegendActions): HTMLElement {
  return h(
    'div',
    { class: 'legend-head' },
    h('h2', { class: 'legend-title' }, 'Legend & filters'),
    filtered
      ? h('button', { type: 'button', class: 'link-button', onclick: actions.showAll }, 'Show all')
      : null,
  );
}

/** One toggle per document, only when the corpus holds several: a one-document legend is as it always was. */
function documentGroup(state: State, actions: LegendActions): HTMLElement | null {
  if (state.documents.length < 2) return null;
  return h(
    'fieldset',
    { class: 'legend-group documents' },
    h(
      'legend',
      {},
      'Documents',
      state.scope === null
        ? null
        : h(
            'button',
            { type: 'button', class: 'link-button', onclick: actions.showAllDocuments },
            'All',
          ),
    ),
    state.documents.map((d) =>
      toggle(
        inScope(state, d.slug),
        () => actions.toggleDocument(d.slug),
        null,
        d.title,
        d.relations,
      ),
    ),
  );
}

function kindGroup(counts: Counts, f: Filters, actions: LegendActions): HTMLElement {
  return h(
    'fieldset',
    { class: 'legend-group kinds' },
    h('legend', {}, 'Entities'),
    ENTITY_KINDS_LIST.filter((k) => counts.kinds.get(k)).map((kind) =>
      toggle(
        !f.hiddenKinds.includes(kind),
        () => actions.toggleKind(kind),
        h('span', { class: 'swatch dot', style: `--swatch:${KIND_COLORS[kind]}` }),
        KIND_NAMES[kind],
        counts.kinds.get(kind) ?? 0,
      ),
    ),
  );
}

/** The polarities' colours (a key, not filters) and the modalities' toggles. */
function relationGroup(counts: Counts, f: Filters, actions: LegendActions): HTMLElement {
  const polarityKey = POLARITY_LIST.map((p) =>
    h(
      'li',
      {},
      h('span', { class: 'swatch line', style: `--swatch:${POLARITY_COLORS[p]}` }),
      POLARITY_NAMES[p],
    ),
  );
  return h(
    'fieldset',
    { class: 'legend-group modalities' },
    h('legend', {}, 'Relations'),
    h('ul', { class: 'key' }, polarityKey),
    MODALITY_LIST.filter((m) => counts.modalities.get(m)).map((m) =>
      toggle(
        !f.hiddenModalities.includes(m),
        () => actions.toggleModality(m),
        h('span', { class: `swatch line modality-${m}` }),
        MODALITY_NAMES[m],
        counts.modalities.get(m) ?? 0,
      ),
    ),
  );
}

/** Folded by default; unfolded, the eight commonest types and a button for all of them. */
function relationTypeGroup(
  counts: Counts,
  f: Filters,
  actions: LegendActions,
  open: Disclosure,
  flip: (key: keyof Disclosure) => void,
): HTMLElement {
  const total = counts.relations.length;
  const relations = open.allTypes ? counts.relations : counts.relations.slice(0, 8);
  const disclosure = expander(
    'legend-disclosure',
    open.types,
    () => flip('types'),
    `Relation types (${total})`,
    icon(open.types ? 'up' : 'down'),
  );
  const toggles = relations.map((r) =>
    toggle(
      !f.hiddenRelations.includes(r.relation),
      () => actions.toggleRelation(r.relation),
      null,
      r.label,
      r.count,
    ),
  );
  const more = expander(
    'link-button',
    open.allTypes,
    () => flip('allTypes'),
    open.allTypes ? 'Fewer' : `All ${total} types`,
  );
  return h(
    'fieldset',
    { class: 'legend-group relation-types' },
    h('legend', {}, disclosure),
    open.types ? toggles : null,
    open.types && total > 8 ? more : null,
  );
}

function toggle(
  shown: boolean,
  onClick: () => void,
  swatch: Node | null,
  label: string,
  count: number,
) {
  return h(
    'button',
    {
      type: 'button',
      class: `legend-toggle${shown ? '' : ' off'}`,
      'aria-pressed': String(shown),
      title: shown ? `Hide ${label}` : `Show ${label}`,
      onclick: onClick,
    },
    swatch,
    h('span', { class: 'legend-label' }, label),
    h('span', { class: 'legend-count' }, count),
  );
}

function countGraph(graph: ExplorerGraph): Counts {
  const kinds = new Map<string, number>();
  const modalities = new Map<string, number>();
  const relations = new Map<string, { relation: string; label: string; count: number }>();
  graph.forEachNode((_, a) => kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1));
  graph.forEachEdge((_, a) => {
    modalities.set(a.modality, (modalities.get(a.modality) ?? 0) + 1);
    const r = relations.get(a.relation) ?? { relation: a.relation, label: a.label, count: 0 };
    r.count++;
    relations.set(a.relation, r);
  });
  return {
    kinds,
    modalities,
    relations: [...relations.values()].sort(
      (a, b) => b.count - a.count || a.label.localeCompare(b.label),
    ),
  };
}

/** A button that shows or hides more of the legend, saying which through aria-expanded. */
function expander(
  cls: string,
  expanded: boolean,
  onclick: () => void,
  ...children: (Node | string)[]
): HTMLElement {
  return h(
    'button',
    { type: 'button', class: cls, 'aria-expanded': String(expanded), onclick },
    ...children,
  );
}
