// The closed vocabularies the client shows (kinds, modalities, polarities) with their reader-facing names.
import { RELATION_TYPES } from '../../graph/relation-types.js';
import { KIND_PLURAL } from '../../graph/kind-names.js';
import { ENTITY_KINDS, MODALITIES, POLARITIES, type ReviewStatus } from '../../graph/types.js';
import type { EntityKind, Modality, Polarity } from '../types.js';

export const ENTITY_KINDS_LIST: readonly EntityKind[] = ENTITY_KINDS;
export const MODALITY_LIST: readonly Modality[] = MODALITIES;
export const POLARITY_LIST: readonly Polarity[] = POLARITIES;
/** Every relation type a corpus may use, as the API's `relations` parameter takes them. */
export const RELATION_TYPE_LIST: readonly string[] = Object.keys(RELATION_TYPES);

/** The legend's heading per kind, from the one definition the whole product uses. */
export const KIND_NAMES: Record<EntityKind, string> = KIND_PLURAL;

export const MODALITY_NAMES: Record<Modality, string> = {
  fact: 'Facts',
  claim: 'Claims',
  hypothetical: 'Hypotheticals',
  question: 'Questions',
};

export const POLARITY_NAMES: Record<Polarity, string> = {
  hostile: 'Hostile',
  cooperative: 'Cooperative',
  neutral: 'Neutral',
};

/** A review status as the studio names it, on badges and in what it announces ("Accepted: …"). */
export const REVIEW_STATUS_NAMES: Record<ReviewStatus, string> = {
  draft: 'Draft',
  accepted: 'Accepted',
  rejected: 'Rejected',
};
