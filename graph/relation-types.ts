// The controlled vocabulary of relations: every relation in a corpus must use one of these types.
import type { Polarity } from './types.js';

export interface RelationType {
  /** Reads source → target: "Khrushchev denounced Stalin". */
  label: string;
  /** Reads target → source: "Stalin was denounced by Khrushchev". */
  inverseLabel: string;
  /** Used when a relation does not set its own polarity. */
  polarity: Polarity;
  description: string;
}

export const RELATION_TYPES = {
  denounced: {
    label: 'denounced',
    inverseLabel: 'was denounced by',
    polarity: 'hostile',
    description: 'Publicly condemned a person, state or policy.',
  },
} as const satisfies Record<string, RelationType>;

export type RelationTypeId = keyof typeof RELATION_TYPES;

export function isRelationType(id: string): id is RelationTypeId {
  return Object.hasOwn(RELATION_TYPES, id);
}
