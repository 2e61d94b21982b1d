// A relation's badges: polarity, modality when not a fact, its years (and when the essay does not give them), and
// "not in YEAR" when out of force.
import { dateProvenance, formatSpan } from '../../graph/time-wording.js';
import { inForce } from '../state/filters.js';
import { MODALITY_NAMES, POLARITY_NAMES } from '../state/vocabulary.js';
import { h } from './dom.js';
import type { ClientEdgeAttributes } from '../types.js';

export function badges(
  a: Pick<ClientEdgeAttributes, 'polarity' | 'modality' | 'time'>,
  year: number | null,
): HTMLElement {
  const span = formatSpan(a.time);
  const provenance = dateProvenance(a.time);
  return h(
    'span',
    { class: 'badges' },
    h('span', { class: `badge polarity-${a.polarity}` }, POLARITY_NAMES[a.polarity]),
    a.modality !== 'fact'
      ? h('span', { class: `badge modality` }, MODALITY_NAMES[a.modality].replace(/s$/, ''))
      : null,
    span ? h('span', { class: 'badge time' }, span) : null,
    provenance
      ? h('span', { class: 'badge provenance', title: a.time?.source ?? '' }, provenance)
      : null,
    !inForce(a.time, year) ? h('span', { class: 'badge off' }, `not in ${year}`) : null,
  );
}
