// Producers and predicates for what is shown: kinds, relation types, modalities and the year.
import { timeHolds } from '../../graph/query/view-filter.js';
import { onSlice } from './slice.js';
import { clampYear } from './year-range.js';
import type { EntityKind, Modality, Producer, TimeSpan } from '../types.js';

export const toggleKind = (kind: EntityKind): Producer =>
  onSlice('filters', (f) => ({ ...f, hiddenKinds: toggled(f.hiddenKinds, kind) }));

export const toggleRelation = (relation: string): Producer =>
  onSlice('filters', (f) => ({ ...f, hiddenRelations: toggled(f.hiddenRelations, relation) }));

export const toggleModality = (modality: Modality): Producer =>
  onSlice('filters', (f) => ({ ...f, hiddenModalities: toggled(f.hiddenModalities, modality) }));

export const clearFilters = (): Producer =>
  onSlice('filters', () => ({ hiddenKinds: [], hiddenRelations: [], hiddenModalities: [] }));

/** A year outside the essay's span is clamped; null turns the time filter off. */
export const setYear =
  (year: number | null): Producer =>
  (state) => {
    const next = year === null || !Number.isFinite(year) ? null : clampYear(year, state.years);
    return state.year === next ? state : { ...state, year: next };
  };

/**
 * Is a relation in force in `year`? Undated relations are kept (as the path engine keeps them), and a null
 * end of a span is open.
 */
export function inForce(time: TimeSpan | null, year: number | null): boolean {
  return year === null || timeHolds(time, year);
}

function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}
