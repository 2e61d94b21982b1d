// The draft extractor's entry point: candidate entities and relations of one document, all `status: draft`.
import { compoundRelations } from './compound-relations.js';
import { draftAuthor } from './draft-author.js';
import { draftEntities } from './draft-entities.js';
import { enumerationMentions } from './enumeration-mentions.js';
import { eventPhraseMentions } from './event-phrases.js';
import { nationalConceptMentions } from './national-concepts.js';
import { townMentions } from './town-mentions.js';
import { photoCreditMentions } from './photo-credits.js';
import { draftRelations } from './draft-relations.js';
import type { Draft, DraftInput } from './draft-types.js';
import { gazetteerMentions } from './gazetteer-mentions.js';
import { leaderRelations } from './leader-names.js';
import { nestedRelations } from './nested-relations.js';
import { knownEntities, knownMentions } from './known-entities.js';
import { MentionCollector } from './mention-set.js';
import { compoundMentions, nameMentions } from './name-mentions.js';
import { pronounMentions } from './pronoun-mentions.js';
import { referenceMentions } from './reference-mentions.js';
import { withIds } from './relation-ids.js';
import { surnameMentions } from './surname-mentions.js';

/**
 * Pure and deterministic: the same input gives the same draft. Mentions come from the registry and the document's
 * names first, then the gazetteer, then compromise and the capitalization cues; each later step keeps off the
 * words an earlier one took. Relations pair the entities of one sentence.
 */
export function draftAnnotations(input: DraftInput): Draft {
  const { article } = input;
  const known = knownEntities(input);
  const out = new MentionCollector();
  for (const m of knownMentions(article, known, input.localAliases)) {
    out.add(m, known.byId.get(m.id)!.kind, 1, true);
  }
  compoundMentions(article, known, out);
  gazetteerMentions(article, known, out);
  eventPhraseMentions(article, out);
  nationalConceptMentions(article, out);
  townMentions(article, out);
  photoCreditMentions(article, out);
  nameMentions(article, known, out);
  surnameMentions(article, known, out);
  enumerationMentions(article, known, out);
  pronounMentions(article, out);
  referenceMentions(article, out);
  const drafted = draftEntities(article, out.set, known, input.localAliases);
  const taken = input.existing.relations.flatMap((r) => (r.id ? [r.id] : []));
  const named = [
    ...compoundRelations(article, out.set, known, drafted.usable),
    ...leaderRelations(article, out.set, known, drafted.usable),
    ...nestedRelations(article, out.set, known, drafted.usable),
  ];
  const relations = draftRelations(article, out.set, drafted.usable, named);
  const author = draftAuthor(article, known, drafted.entities, input.existing.author);
  return {
    entities: author?.entity ? [...drafted.entities, author.entity] : drafted.entities,
    localAliases: drafted.localAliases,
    relations: withIds(relations, taken),
    ...(author ? { author: author.id } : {}),
  };
}
