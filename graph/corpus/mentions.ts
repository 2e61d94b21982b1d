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

interface Candidate {
  id: string;
  start: number;
  end: number;
}

/**
 * Mentions per entity id. Overlaps go to the longest match, so "sino-soviet split" beats "soviet"; a name that is
 * the object of a preposition inside a longer one is a mention too ("war in ukraine" names Ukraine as well).
 */
export function findMentions(article: Article, entities: Nameable[]): Map<string, Mention[]> {
  const candidates: Candidate[] = [];
  const folded = foldCase(article.text);
  for (const entity of entities) {
    for (const name of namesOf(entity)) {
      for (const start of wordBoundedMatches(folded, foldCase(name)))
        candidates.push({ id: entity.id, start, end: start + name.length });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);

  const mentions = new Map<string, Mention[]>(entities.map((e) => [e.id, []]));
  const record = (c: Candidate) =>
    mentions.get(c.id)!.push({
      sentence: sentenceAt(article.sentences, c.start),
      start: c.start,
      end: c.end,
      text: article.text.slice(c.start, c.end),
    });
  let outer: Candidate | null = null;
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

/** Prepositions whose object a longer name may contain and still name: "war in ukraine", "revolt against soviet rule". */
const PREPOSITIONS = ['in', 'against', 'of', 'with', 'at', 'on', 'from', 'over'];

/**
 * Whether `inner`, a match inside the longer mention `outer`, names its own entity as the object of a preposition
 * ("the war in ukraine" also mentions Ukraine). Other inner matches are parts of the longer name ("the washington
 * examiner" does not mention the United States), so only the longer mention counts for them.
 */
function isPrepositionalObject(text: string, outer: Candidate, inner: Candidate): boolean {
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

/** Is the code point ending just before `index` (or starting at it) a letter or digit? */
function isWordCharBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(start)!));
}

function isWordCharAt(text: string, index: number): boolean {
  return index < text.length && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(index)!));
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
