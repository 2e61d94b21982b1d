// Finds every mention of every entity in the article: case-insensitive, word-bounded, longest alias first.
import { sentenceAt } from './sentences.js';
import type { Article, Mention } from '../types.js';

export interface Nameable {
  id: string;
  label: string;
  aliases: string[];
}

/** The forms an entity is matched by: its label and aliases, lower-cased, without repeats. */
export function namesOf(entity: Nameable): string[] {
  return [...new Set([entity.label, ...entity.aliases].map((n) => n.toLowerCase()))];
}

/** A name of entity `id` found at [start, end) of a text, before overlaps are settled. */
export interface NameMatch {
  id: string;
  start: number;
  end: number;
}

interface IndexedName {
  id: string;
  /** Folded. */
  name: string;
}

/**
 * The names of many entities, filed under their first word and then under their lead (the name up to the end of
 * its second word, or its first word alone), so that one pass over a text's words finds them all: a corpus of a
 * thousand documents and five thousand entities is not searched name by name, and a common first name is not
 * tried against every name it starts. Hand-written because the matching rules (word-bounded, case folded without
 * moving offsets) are the loader's own; no library has them.
 */
export interface MentionIndex {
  /** Every name, in the order added: a small index is searched name by name (see candidatesIn). */
  names: IndexedName[];
  byFirstWord: Map<string, Map<string, IndexedName[]>>;
  /** Names that start with a sign, not a letter or digit ("#metoo"): searched for one by one. */
  unfiled: IndexedName[];
}

export function mentionIndex(entities: Nameable[]): MentionIndex {
  const index: MentionIndex = { names: [], byFirstWord: new Map(), unfiled: [] };
  for (const entity of entities) {
    for (const name of namesOf(entity)) addName(index, entity.id, foldCase(name));
  }
  return index;
}

function addName(index: MentionIndex, id: string, name: string): void {
  if (name.length === 0) return;
  index.names.push({ id, name });
  const firstEnd = wordEnd(name, 0);
  if (firstEnd === 0) {
    index.unfiled.push({ id, name });
    return;
  }
  const first = name.slice(0, firstEnd);
  const second = nextWordStart(name, firstEnd);
  const lead = second < name.length ? name.slice(0, wordEnd(name, second)) : first;
  let byLead = index.byFirstWord.get(first);
  if (!byLead) index.byFirstWord.set(first, (byLead = new Map()));
  const filed = byLead.get(lead);
  if (filed) filed.push({ id, name });
  else byLead.set(lead, [{ id, name }]);
}

/**
 * Mentions per entity id in document `doc`, by the names of every index given (the registry's, the document's
 * own), after the names `matched` already (matchNames with the index that comes first, on another process). Overlaps go to the longest match, so "sino-soviet split" beats "soviet"; a name that is the object of a
 * preposition inside a longer one is a mention too ("war in ukraine" names Ukraine as well).
 */
export function findMentions(
  article: Article,
  doc: string,
  indexes: readonly MentionIndex[],
  matched: readonly NameMatch[] = [],
): Map<string, Mention[]> {
  const folded = foldCase(article.text);
  const candidates = [...matched, ...indexes.flatMap((index) => candidatesIn(folded, index))];
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);

  const mentions = new Map<string, Mention[]>();
  const record = (c: NameMatch) => {
    const mention: Mention = {
      doc,
      sentence: sentenceAt(article.sentences, c.start),
      start: c.start,
      end: c.end,
      text: article.text.slice(c.start, c.end),
    };
    const list = mentions.get(c.id);
    if (list) list.push(mention);
    else mentions.set(c.id, [mention]);
  };
  let outer: NameMatch | null = null;
  for (const c of candidates) {
    if (outer && c.start < outer.end) {
      if (isPrepositionalObject(article.text, outer, c)) record(c);
      continue;
    }
    outer = c;
    record(c);
  }
  return mentions;
}

/** Every word-bounded match of the index's names in `text`: what findMentions starts from. */
export function matchNames(text: string, index: MentionIndex): NameMatch[] {
  return candidatesIn(foldCase(text), index);
}

/**
 * Every word-bounded match of the index's names in the folded text: each word with a name filed under it is looked
 * up twice, alone and as the lead it makes with the next word.
 */
function candidatesIn(folded: string, index: MentionIndex): NameMatch[] {
  if (index.names.length <= FEW_NAMES) return eachNameIn(folded, index.names);
  const found: NameMatch[] = [];
  const tryNames = (at: number, names: IndexedName[] | undefined) => {
    for (const { id, name } of names ?? []) {
      if (folded.startsWith(name, at) && !isWordCharAt(folded, at + name.length))
        found.push({ id, start: at, end: at + name.length });
    }
  };
  const lookUp = (word: RegExpMatchArray, leadEnd: number) => {
    const byLead = index.byFirstWord.get(word[0]);
    if (!byLead) return;
    tryNames(word.index!, byLead.get(word[0]));
    if (leadEnd > word.index! + word[0].length)
      tryNames(word.index!, byLead.get(folded.slice(word.index, leadEnd)));
  };
  // The engine's own scan of words: a loop over characters in script was the load's costliest step. Plain
  // ASCII text (most of a corpus) takes the simpler pattern, several times faster than the Unicode one.
  let previous: RegExpMatchArray | undefined;
  for (const word of folded.matchAll(ASCII_TEXT.test(folded) ? ASCII_WORDS : WORDS)) {
    if (previous) lookUp(previous, word.index + word[0].length);
    previous = word;
  }
  if (previous) lookUp(previous, previous.index! + previous[0].length);
  for (const { id, name } of index.unfiled) {
    for (const start of wordBoundedMatches(folded, name))
      found.push({ id, start, end: start + name.length });
  }
  return found;
}

/**
 * Up to this many names, searching the text for each (the engine's indexOf) beats a pass over its words: a
 * document's own entities and local aliases, a few names, cost a thousand documents 0.2 s as two more passes.
 */
const FEW_NAMES = 16;

/** Every word-bounded match of each name, name by name; sorted by position later, as findMentions does. */
function eachNameIn(folded: string, names: readonly IndexedName[]): NameMatch[] {
  const found: NameMatch[] = [];
  for (const { id, name } of names)
    for (const start of wordBoundedMatches(folded, name))
      found.push({ id, start, end: start + name.length });
  return found;
}

/** Where the run of letters and digits starting at `at` ends. */
function wordEnd(text: string, at: number): number {
  let end = at;
  while (isWordCharAt(text, end)) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
  return end;
}

/** Where the next run of letters and digits after `at` starts (the text's length if none). */
function nextWordStart(text: string, at: number): number {
  let start = at;
  while (start < text.length && !isWordCharAt(text, start))
    start += text.codePointAt(start)! > 0xffff ? 2 : 1;
  return start;
}

/** Prepositions whose object a longer name may contain and still name: "war in ukraine", "revolt against soviet rule". */
const PREPOSITIONS = ['in', 'against', 'of', 'with', 'at', 'on', 'from', 'over'];

/**
 * Whether `inner`, a match inside the longer mention `outer`, names its own entity as the object of a preposition
 * ("the war in ukraine" also mentions Ukraine). Other inner matches are parts of the longer name ("the washington
 * examiner" does not mention the United States), so only the longer mention counts for them.
 */
function isPrepositionalObject(text: string, outer: NameMatch, inner: NameMatch): boolean {
  if (inner.id === outer.id || inner.end > outer.end) return false;
  const before = text.slice(outer.start, inner.start).trimEnd().split(/\s+/).pop() ?? '';
  return PREPOSITIONS.includes(before) && text[inner.start - 1] === ' ';
}

/** Does `name` occur word-bounded anywhere in `text`? (Overlaps with longer names not considered.) */
export function occursIn(text: string, name: string): boolean {
  return !wordBoundedMatches(foldCase(text), foldCase(name)).next().done;
}

/**
 * Lower case, one code point at a time, keeping the length: a letter whose lower case is longer (İ) stays as it
 * is, so offsets in the folded text are offsets in the original.
 */
function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return Array.from(text, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join(
    '',
  );
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Runs of letters and digits: the words a name's first word is looked up by. */
const WORDS = /[\p{L}\p{N}]+/gu;
const ASCII_WORDS = /[A-Za-z0-9]+/g;
// eslint-disable-next-line no-control-regex -- any ASCII character, control characters included
const ASCII_TEXT = /^[\x00-\x7f]*$/;

/** Is the code point ending just before `index` (or starting at it) a letter or digit? */
function isWordCharBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(start)!));
}

/**
 * ASCII answered without the regular expression: the check runs once per character of every document (a
 * thousand documents spent a second in it); other code points take the Unicode test as before.
 */
function isWordCharAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 0x80) return isAsciiWordChar(code);
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(index)!));
}

function isAsciiWordChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a)
  );
}

/**
 * Start offsets of `name` in `text` not touching a letter or digit on either side. A plain search, not a regular
 * expression built from the name: a name thousands of characters long would overflow the regex compiler's stack.
 */
function* wordBoundedMatches(text: string, name: string): Generator<number> {
  if (name.length === 0) return;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!isWordCharBefore(text, at) && !isWordCharAt(text, at + name.length)) yield at;
  }
}
