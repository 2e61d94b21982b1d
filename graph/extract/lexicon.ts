// compromise's English lexicon, read for what a lower-case word is: a name-like unknown or a common word.
import nlp from 'compromise';

/** Tags of words that end a name: function words, verbs and adverbs. */
const NOT_IN_NAMES = new Set([
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Possessive',
  'Adverb',
  'Copula',
  'Modal',
  'Auxiliary',
  'Infinitive',
  'PastTense',
  'PresentTense',
  'Gerund',
  'Participle',
  'PhrasalVerb',
  'QuestionWord',
  'Negative',
  'Cardinal',
  'Ordinal',
  'Value',
  'Expression',
  'Verb',
  'Comparative',
  'Superlative',
]);

const NAME_TAGS = new Set([
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Person',
  'ProperNoun',
]);

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | undefined> } }).one
  .lexicon;

/** Whether a lower-case word may be part of a name: compromise does not know it, or knows it as a name. */
export function isNameLikeWord(word: string): boolean {
  const tag = lexicon[word.toLowerCase()];
  return tag === undefined || NAME_TAGS.has(tag) || /^(?:\p{L}\.){1,3}$/u.test(word);
}

const PROPER_TAGS = new Set([
  ...NAME_TAGS,
  'City',
  'Country',
  'Place',
  'Region',
  'Demonym',
  'Organization',
  'Acronym',
]);

/** Whether a lower-case word is a proper name's: unknown to compromise, or known as a name, place or demonym. */
export function isProperLikeWord(word: string): boolean {
  const tag = lexicon[word.toLowerCase()];
  return tag === undefined || PROPER_TAGS.has(tag);
}

/** Whether a lower-case word may be part of an organization's name: not a function word, verb or adverb. */
export function isContentWord(word: string): boolean {
  const tag = lexicon[word.toLowerCase()];
  return tag === undefined || !NOT_IN_NAMES.has(tag);
}

/**
 * Whether a lower-case word is a function word or a verb (compromise may list several tags for one word: "was" is
 * a copula and a past tense): what stands around a noun phrase, never inside it. Unknown words are not.
 */
export function isFunctionOrVerb(word: string): boolean {
  const tags = lexicon[word.toLowerCase()] as string | string[] | undefined;
  if (tags === undefined) return false;
  return (Array.isArray(tags) ? tags : [tags]).some((t) => NOT_IN_NAMES.has(t));
}

const VERB_TAGS = new Set(['PresentTense', 'PastTense', 'Verb', 'Infinitive', 'PhrasalVerb']);

/** Whether compromise knows a lower-case word as a verb form ("hopes", "warned"); unknown words are not. */
export function isVerbWord(word: string): boolean {
  const tags = lexicon[word.toLowerCase()] as string | string[] | undefined;
  return tags !== undefined && (Array.isArray(tags) ? tags : [tags]).some((t) => VERB_TAGS.has(t));
}
