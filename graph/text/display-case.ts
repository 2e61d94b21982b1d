// The essay's lower-case text with capitals restored for reading (names, "I", sentence starts), offsets unchanged.
import type { EntityKind, Evidence } from '../types.js';

/**
 * Hand-written on purpose. wink-nlp (a dependency) tags the lower-cased essay without a single proper noun:
 * "brussels", "pete hegseth" and "sergey radchenko" all come out as common nouns, and its entity recogniser finds
 * dates only. compromise guesses names from capitals the text does not have, and truecasing proper needs a cased
 * language model that no maintained npm package ships. The essay's annotations already know its names: each
 * entity's label is written in its published case, and its aliases are the words the essay uses for it.
 */

export interface NamedEntity {
  label: string;
  kind: EntityKind;
  aliases: readonly string[];
}

/** What the exports and the explorer say about the form they show. */
export const DISPLAY_CASE_NOTE =
  'Capitals restored for reading (names, “I”, sentence starts): the essay arrived all lower case, and its verbatim text is the evidence of record.';
export const VERBATIM_NOTE = 'Quotes verbatim: the essay arrived all lower case.';

/** Kinds whose one-word aliases are names ("moscow", "trump"); a concept's or an event's are common words. */
const PROPER_KINDS: ReadonlySet<EntityKind> = new Set(['person', 'state', 'place', 'organization']);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu;

/**
 * The cased form of every name, keyed by its lower case: whole labels ("International Crisis Group"); every word
 * of a person's name; capitalised words inside a sentence-cased concept or event label past its first ("Election
 * of a new American president" gives "American", not "Election"); hyphenated names ("Sino-Soviet"); and the short
 * aliases of people, states, places and organizations ("beijing", "white house", "u.s.", "ap" for Associated
 * Press). Single title words of organizations ("Group", "The") are not names on their own and stay lower case.
 */
export function nameForms(entities: Iterable<NamedEntity>): Map<string, string> {
  const forms = new Map<string, string>();
  const add = (cased: string) => {
    if (/\p{Lu}/u.test(cased) && !forms.has(cased.toLowerCase()))
      forms.set(cased.toLowerCase(), cased);
  };
  for (const entity of entities) {
    const label = entity.label.replace(/\s*\(.*\)$/, '');
    const words = label.match(WORD) ?? [];
    const proper = PROPER_KINDS.has(entity.kind);
    // "Hungarian Revolution of 1956" is a name; "Dollar as global reserve currency" is a sentence-cased idea.
    const titleCased = words.every((w) => w.length <= 3 || /^[\p{Lu}\p{N}]/u.test(w));
    if (proper || titleCased) add(label);
    words.forEach((word, i) => {
      if (entity.kind === 'person' || /.\p{Lu}/u.test(word) || words.length === 1) add(word);
      // In a sentence-cased idea a capital past the first word marks a name; a title-cased one capitalises
      // common words too ("War", "Conference"), so only its whole label counts.
      else if (!proper && !titleCased && i > 0) add(word);
    });
    if (PROPER_KINDS.has(entity.kind))
      for (const alias of entity.aliases) add(aliasForm(alias, entity.label));
  }
  return forms;
}

/** "ap" of Associated Press is its initials; "u.s." takes a capital after each dot; others a capital per word. */
function aliasForm(alias: string, label: string): string {
  if (alias.split(/\s+/).length > 2) return alias;
  const initials = (label.match(/\p{Lu}/gu) ?? []).join('');
  if (initials.length > 1 && alias.toUpperCase() === initials) return initials;
  return alias.replace(
    /(^|[\s.-])(\p{Ll})/gu,
    (_m, before: string, c: string) => before + upper(c),
  );
}

/** Uppercases one character, unless that would change the text's length (offsets must hold). */
function upper(c: string): string {
  const u = c.toUpperCase();
  return u.length === c.length ? u : c;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A function that restores the case of a piece of the essay; `sentenceStart`: the piece begins a sentence. */
export type DisplayCase = (text: string, sentenceStart?: boolean) => string;

export function createDisplayCase(entities: Iterable<NamedEntity>): DisplayCase {
  const forms = nameForms(entities);
  // Longest names first, so "nikita khrushchev" is taken whole before "khrushchev".
  const names = [...forms.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = names.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
    : null;
  return (text, sentenceStart = false) => {
    let out = pattern ? text.replace(pattern, (m) => forms.get(m.toLowerCase()) ?? m) : text;
    // "i", "i’m", "i've": the pronoun, never a letter inside a word.
    out = out.replace(/(?<![\p{L}\p{N}.])i(?=$|[\s,;:.!?)”"’']|’[a-z]|'[a-z])/gu, 'I');
    if (sentenceStart)
      out = out.replace(/^([\s“"‘'(]*)(\p{Ll})/u, (_m, pre: string, c: string) => pre + upper(c));
    return out;
  };
}

/** The whole article in display form: every sentence cased on its own, so offsets into the text still hold. */
export function displayText(
  article: { text: string; sentences: readonly { start: number; end: number }[] },
  displayCase: DisplayCase,
): string {
  let out = '';
  let at = 0;
  for (const s of article.sentences) {
    out +=
      displayCase(article.text.slice(at, s.start)) +
      displayCase(article.text.slice(s.start, s.end), true);
    at = s.end;
  }
  return out + displayCase(article.text.slice(at));
}

/** A quote in display form: the same offsets into the display text, so it starts a sentence only where it does. */
export function displayQuote(display: string, evidence: Evidence): string {
  const cased = display.slice(evidence.start, evidence.end);
  // The offsets index the article the display text was made from; a stale pair falls back to the verbatim quote.
  return cased.toLowerCase() === evidence.quote.toLowerCase() ? cased : evidence.quote;
}
