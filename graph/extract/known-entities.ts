// The entities the extractor links to before proposing any: the registry's, the document's own, its local aliases.
import type { EntityInput } from '../corpus/annotations-schema.js';
import { findMentions, mentionIndex, type Nameable } from '../corpus/mentions.js';
import { normalizeName } from '../name-key.js';
import type { Article } from '../types.js';
import type { DraftInput, FoundMention } from './draft-types.js';

/** The registry and the document's own entities, by id and by every name they answer to. */
export interface KnownEntities {
  byId: Map<string, EntityInput>;
  /** Every label, alias, typed name and id (normalized) → the entity's id: a proposed name found here is linked. */
  byName: Map<string, string>;
}

export function knownEntities(input: DraftInput): KnownEntities {
  const byId = new Map<string, EntityInput>();
  for (const e of [...input.registry, ...input.existing.entities])
    if (!byId.has(e.id)) byId.set(e.id, e);
  const byName = new Map<string, string>();
  for (const e of byId.values()) {
    for (const name of [e.label, e.id, ...e.aliases, ...e.names]) {
      const key = normalizeName(name);
      if (!byName.has(key)) byName.set(key, e.id);
    }
  }
  return { byId, byName };
}

/** The id a name leads to among the known entities, if any. */
export function knownIdOf(known: KnownEntities, name: string): string | undefined {
  return known.byName.get(normalizeName(name));
}

/** Step 1: the loader's own matching of labels, aliases and local aliases, so a draft never doubles a known entity. */
export function knownMentions(
  article: Article,
  known: KnownEntities,
  localAliases: DraftInput['localAliases'],
): FoundMention[] {
  const locals: Nameable[] = Object.entries(localAliases)
    .filter(([id]) => known.byId.has(id))
    .map(([id, names]) => ({ id, label: names[0] ?? '', aliases: names.slice(1) }));
  const found = findMentions(article, 'draft', [
    mentionIndex([...known.byId.values()]),
    mentionIndex(locals),
  ]);
  return [...found].flatMap(([id, list]) =>
    list.map((m) => ({
      id,
      start: m.start,
      end: m.end,
      sentence: m.sentence,
      source: 'registry' as const,
    })),
  );
}
