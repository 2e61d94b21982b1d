// Colours by entity kind and relation polarity: the Okabe–Ito palette, safe for colour-blind readers.
import type { YearChange } from '../graph/query/compare-years.js';
import type { EntityKind, Modality, Polarity } from '../graph/types.js';

export const KIND_COLORS: Record<EntityKind, string> = {
  person: '#0072B2',
  state: '#D55E00',
  organization: '#009E73',
  place: '#CC79A7',
  event: '#E69F00',
  concept: '#56B4E9',
};

export const POLARITY_COLORS: Record<Polarity, string> = {
  hostile: '#C0392B',
  cooperative: '#1B7F5B',
  neutral: '#9AA0A6',
};

/** Comparing two years: what began, what ended and what held (Okabe–Ito too). */
export const YEAR_CHANGE_COLORS: Record<YearChange, string> = {
  began: '#0072B2',
  ended: '#D55E00',
  held: '#6B7280',
};

/**
 * Relations the essay does not state as facts (claims, hypotheticals, questions) are drawn dashed, in the explorer
 * and in every drawing it exports; polarity is told by colour.
 */
export function drawnDashed(modality: Modality): boolean {
  return modality !== 'fact';
}

/** Node sizes in sigma's pixels, from least to most important. */
export const NODE_SIZE = { min: 4, max: 18 } as const;
