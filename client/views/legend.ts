// The legend, which is also the filter panel: kinds, relation polarity and modality, and relation types.
import { KIND_COLORS, POLARITY_COLORS } from '../../export/style.js';
import { h, icon, replaceChildren } from './dom.js';
import { clearFilters, toggleKind, toggleModality, toggleRelation } from '../state/filters.js';
import {
  ENTITY_KINDS_LIST,
  KIND_NAMES,
  MODALITY_LIST,
  MODALITY_NAMES,
  POLARITY_LIST,
  POLARITY_NAMES,
} from '../state/vocabulary.js';
import type { Store } from '../state/store.js';
import type { ExplorerGraph, State } from '../types.js';

interface Counts {
  kinds: Map<string, number>;
  modalities: Map<string, number>;
  relations: { relation: string; label: string; count: number }[];
}

export function createLegend(
  root: HTMLElement,
  graph: ExplorerGraph,
  store: Store,
): (state: State) => void {
  const counts = countGraph(graph);
  let showTypes = false;
  let showAllRelations = false;
  const render = (state: State) => {
    const f = state.filters;
    const filtered =
      f.hiddenKinds.length + f.hiddenRelations.length + f.hiddenModalities.length > 0;
    const relations = showAllRelations ? counts.relations : counts.relations.slice(0, 8);
    replaceChildren(
      root,
      h(
        'div',
        { class: 'legend-head' },
        h('h2', { class: 'legend-title' }, 'Legend & filters'),
        filtered
          ? h(
              'button',
              { type: 'button', class: 'link-button', onclick: () => store.update(clearFilters()) },
              'Show all',
            )
          : null,
      ),
      h(
        'fieldset',
        { class: 'legend-group kinds' },
        h('legend', {}, 'Entities'),
        ENTITY_KINDS_LIST.filter((k) => counts.kinds.get(k)).map((kind) =>
          toggle(
            !f.hiddenKinds.includes(kind),
            () => store.update(toggleKind(kind)),
            h('span', { class: 'swatch dot', style: `--swatch:${KIND_COLORS[kind]}` }),
            KIND_NAMES[kind],
            counts.kinds.get(kind) ?? 0,
          ),
        ),
      ),
      h(
        'fieldset',
        { class: 'legend-group modalities' },
        h('legend', {}, 'Relations'),
        h(
          'ul',
          { class: 'key' },
          POLARITY_LIST.map((p) =>
            h(
              'li',
              {},
              h('span', { class: 'swatch line', style: `--swatch:${POLARITY_COLORS[p]}` }),
              POLARITY_NAMES[p],
            ),
          ),
        ),
        MODALITY_LIST.filter((m) => counts.modalities.get(m)).map((m) =>
          toggle(
            !f.hiddenModalities.includes(m),
            () => store.update(toggleModality(m)),
            h('span', { class: `swatch line modality-${m}` }),
            MODALITY_NAMES[m],
            counts.modalities.get(m) ?? 0,
          ),
        ),
      ),
      h(
        'fieldset',
        { class: 'legend-group relation-types' },
        h(
          'legend',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'legend-disclosure',
              'aria-expanded': String(showTypes),
              onclick: () => {
                showTypes = !showTypes;
                render(store.get());
              },
            },
            `Relation types (${counts.relations.length})`,
            icon(showTypes ? 'up' : 'down'),
          ),
        ),
        showTypes
          ? relations.map((r) =>
              toggle(
                !f.hiddenRelations.includes(r.relation),
                () => store.update(toggleRelation(r.relation)),
                null,
                r.label,
                r.count,
              ),
            )
          : null,
        showTypes && counts.relations.length > 8
          ? h(
              'button',
              {
                type: 'button',
                class: 'link-button',
                'aria-expanded': String(showAllRelations),
                onclick: () => {
                  showAllRelations = !showAllRelations;
                  render(store.get());
                },
              },
              showAllRelations ? 'Fewer' : `All ${counts.relations.length} types`,
            )
          : null,
      ),
    );
  };
  return render;
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
