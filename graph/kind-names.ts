// What each entity kind is called wherever a reader sees it (legend, search, path panel, exports): one word per kind.
import type { EntityKind } from './types.js';

/** The word for one entity of a kind: the same as the kind's id, so the URL and the screen agree. */
export const KIND_SINGULAR: Record<EntityKind, string> = {
  person: 'person',
  state: 'state',
  organization: 'organization',
  place: 'place',
  event: 'event',
  concept: 'concept',
};

/** The heading for all entities of a kind, as the legend lists them. */
export const KIND_PLURAL: Record<EntityKind, string> = {
  person: 'People',
  state: 'States',
  organization: 'Organizations',
  place: 'Places',
  event: 'Events',
  concept: 'Concepts',
};

/** "Concept": the singular word capitalised, as a key or a table cell shows it. */
export function kindTitle(kind: EntityKind): string {
  const word = KIND_SINGULAR[kind];
  return word.charAt(0).toUpperCase() + word.slice(1);
}
