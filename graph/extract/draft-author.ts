// The document's author as the asserter of its relations: the header's name, linked to a known entity or proposed.
import type { EntityInput } from '../corpus/annotations-schema.js';
import { UNKNOWN_HEADER_VALUE } from '../corpus/essay-file.js';
import { normalizeName } from '../name-key.js';
import type { Article } from '../types.js';
import { slugOf } from './gazetteer.js';
import { knownIdOf, type KnownEntities } from './known-entities.js';

export interface DraftedAuthor {
  /** The id `author:` names. */
  id: string;
  /** A new person entity for the author, when no known entity bears the name. */
  entity?: EntityInput;
}

/**
 * Without an author, nobody asserts a relation and none can be accepted: the name in the document's header (typed
 * by whoever added it) is linked to the entity of that name, or proposed as a person of the document, a draft like
 * the rest, accepted with the first relation it asserts. None for a document that already names its author, or
 * whose header has none.
 */
export function draftAuthor(
  article: Article,
  known: KnownEntities,
  proposed: readonly EntityInput[],
  existingAuthor: string | undefined,
): DraftedAuthor | null {
  const name = article.meta.author.trim();
  if (existingAuthor !== undefined || !name || name === UNKNOWN_HEADER_VALUE) return null;
  const knownId = knownIdOf(known, name);
  if (knownId) return { id: knownId };
  const same = proposed.find((e) => normalizeName(e.label) === normalizeName(name));
  if (same) return { id: same.id };
  let id = slugOf(name);
  for (let n = 2; known.byId.has(id) || proposed.some((e) => e.id === id); n++)
    id = `${slugOf(name)}-${n}`;
  return {
    id,
    entity: {
      id,
      kind: 'person',
      label: name,
      aliases: [],
      names: [],
      description: `Author of “${article.meta.title}”.`,
      status: 'draft',
      confidence: 0.9,
      reason: 'the author the document’s header names: who asserts what no one else is said to',
    },
  };
}
