// The parties a compound of nations names: "the Sino-Soviet split" has China and the Soviet Union as participants.
import type { RelationInput } from '../corpus/annotations-schema.js';
import type { Article } from '../types.js';
import { COMBINING_FORMS, isCompoundOfNations } from './compound-spans.js';
import type { MentionSet } from './draft-types.js';
import { stateIdOf } from './gazetteer-mentions.js';
import type { KnownEntities } from './known-entities.js';
import { tokenize } from './word-tokens.js';

/**
 * Every mention whose words hold a compound of nations (not "anti-"): each nation is a participant in the named
 * event or arrangement, quoted by the mention itself. Only nations the draft can relate (known or proposed).
 */
export function compoundRelations(
  article: Article,
  set: MentionSet,
  known: KnownEntities,
  usable: ReadonlySet<string>,
): (RelationInput & { confidence: number; at: number })[] {
  const out: (RelationInput & { confidence: number; at: number })[] = [];
  for (const m of set.mentions) {
    const quote = article.text.slice(m.start, m.end);
    const compound = tokenize(quote).find(
      (t) => isCompoundOfNations(t.word) && !t.word.startsWith('anti-'),
    );
    if (!compound || !usable.has(m.id)) continue;
    for (const part of new Set(compound.word.split('-'))) {
      const id = stateIdOf(COMBINING_FORMS[part] ?? part, known);
      if (!id || id === m.id || !usable.has(id)) continue;
      out.push({
        source: id,
        relation: 'participant-in',
        target: m.id,
        evidence: [quote],
        status: 'draft',
        confidence: 0.6,
        reason: `"${compound.text}" names ${id} as a party`,
        at: m.start,
      });
    }
  }
  return out;
}
