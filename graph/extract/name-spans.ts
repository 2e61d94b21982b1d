// Step 3's spans: names that compromise tags, names after a title, organizations by cue word, capitalized runs.
import type nlp from 'compromise';
import type { EntityKind } from '../types.js';
import { isNameLikeWord } from './lexicon.js';
import { HONORIFICS, isTitleOnly } from './name-cues.js';

/** A span that may name an entity, with the kind the evidence for it suggests and why. */
export interface NameSpan {
  start: number;
  end: number;
  kind: EntityKind;
  confidence: number;
  /** Why the kind: "kind from …" or "kind guessed from …". */
  reason: string;
}

const COMPROMISE_KINDS = [
  ['people', 'person', 'Person'],
  ['places', 'place', 'Place'],
  ['organizations', 'organization', 'Organization'],
] as const;

interface Tagged {
  offset: { start: number; length: number };
}

/** compromise's people, places and organizations, trimmed of titles, articles, punctuation and possessives. */
export function compromiseSpans(doc: Document, text: string, cased: boolean): NameSpan[] {
  const spans: NameSpan[] = [];
  for (const [method, kind, tag] of COMPROMISE_KINDS) {
    for (const m of doc[method]().json({ offset: true }) as Tagged[]) {
      const span = trimName(text, m.offset.start, m.offset.start + m.offset.length);
      if (!span || (cased && !/^\p{Lu}/u.test(text.slice(span.start)))) continue;
      const word = text.slice(span.start, span.end);
      if (!cased && !/\s/.test(word) && !isNameLikeWord(word)) continue;
      // A title alone ("Chinese President Xi": the people tag may stop short of the name) names no one.
      if (isTitleOnly(word)) continue;
      spans.push({
        ...span,
        kind,
        confidence: cased ? 0.6 : 0.5,
        reason: `kind from compromise's ${tag} tag`,
      });
    }
  }
  return spans;
}

/** Titles that are common words too ("the general trajectory"): taken as titles only where a capital marks the name. */
const AMBIGUOUS_IN_LOWER_CASE = new Set([
  'general',
  'justice',
  'speaker',
  'lady',
  'lord',
  'sir',
  'king',
  'queen',
  'judge',
  'representative',
]);

type Document = ReturnType<typeof nlp>;

interface Term {
  normal: string;
  tags: string[];
  pre: string;
  post: string;
  offset: { start: number; length: number };
}

/** Tags of the word before a name that make the pair a common noun phrase ("the newfound status"). */
const NOT_BEFORE_NAMES = new Set(['Determiner', 'Adjective', 'Possessive', 'Pronoun']);

/**
 * Lower-case text: two words compromise's lexicon does not know, tagged as nouns, not after a determiner or an
 * adjective, and followed by a verb: the subject of a clause that no dictionary names ("mao zedong admired …").
 * The kind is a guess, and the reason says so.
 */
export function unknownNameSpans(doc: Document): NameSpan[] {
  const spans: NameSpan[] = [];
  for (const sentence of doc.json({ offset: true }) as { terms: Term[] }[]) {
    const terms = sentence.terms;
    for (let i = 0; i + 2 < terms.length; i++) {
      const [a, b, verb] = [terms[i]!, terms[i + 1]!, terms[i + 2]!];
      const before = terms[i - 1];
      if (
        ![a, b].every(isUnknownNoun) ||
        a.post !== ' ' ||
        b.post !== ' ' ||
        !verb.tags.includes('Verb')
      )
        continue;
      if (before && before.post.trim() === '' && before.tags.some((t) => NOT_BEFORE_NAMES.has(t)))
        continue;
      const reason = 'kind guessed from two words no dictionary knows, before a verb';
      spans.push({
        start: a.offset.start,
        end: b.offset.start + b.offset.length,
        kind: 'person',
        confidence: 0.3,
        reason,
      });
    }
  }
  return spans;
}

function isUnknownNoun(t: Term): boolean {
  return (
    /^\p{L}+$/u.test(t.normal) &&
    isNameLikeWord(t.normal) &&
    t.tags.includes('Noun') &&
    !t.tags.includes('Adjective')
  );
}

const WORD = /[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*\.?/uy;

/** A person named after a title: "President Xi Jinping", "u.s. defence secretary pete hegseth". */
export function honorificSpans(text: string, cased: boolean): NameSpan[] {
  const spans: NameSpan[] = [];
  const folded = text.toLowerCase();
  const titles = cased ? HONORIFICS : HONORIFICS.filter((h) => !AMBIGUOUS_IN_LOWER_CASE.has(h));
  const pattern = new RegExp(`(?<![\\p{L}])(?:${titles.map(escape).join('|')})(?![\\p{L}-])`, 'gu');
  for (const m of folded.matchAll(pattern)) {
    const words = wordsAfter(text, m.index + m[0].length, 3, (w) =>
      cased ? /^\p{Lu}/u.test(w) : isNameLikeWord(w),
    );
    if (words.length === 0) continue;
    const start = words[0]!.start;
    const end = words[words.length - 1]!.end;
    spans.push({
      start,
      end,
      kind: 'person',
      confidence: cased ? 0.7 : 0.6,
      reason: `kind from the title "${m[0]}"`,
    });
  }
  return spans;
}

/** Up to `max` words right after `at`, each passing `accept`, separated by single spaces. */
function wordsAfter(text: string, at: number, max: number, accept: (w: string) => boolean) {
  const words: { start: number; end: number }[] = [];
  let cursor = at;
  while (words.length < max && text[cursor] === ' ') {
    WORD.lastIndex = cursor + 1;
    const m = WORD.exec(text);
    if (!m) break;
    const word = m[0].replace(/\.$/, (dot) => (/^(?:\p{L}\.)+$/u.test(m[0]) ? dot : ''));
    if (!accept(word)) break;
    words.push({ start: m.index, end: m.index + word.length });
    cursor = m.index + word.length;
  }
  return words;
}

/** Titles, articles, trailing punctuation and possessives off a tagged span; null when nothing is left. */
function trimName(text: string, start: number, end: number): { start: number; end: number } | null {
  // A credit line ("ap photo/dmitri lovetsky") names the person after the slash.
  const slash = text.lastIndexOf('/', end - 1);
  let s = slash >= start ? slash + 1 : start;
  let e = end;
  while (e > s && /[\s,.;:!?)"”’'(]/.test(text[e - 1]!)) e--;
  if (/['’]s$/i.test(text.slice(s, e))) e -= 2;
  const lead =
    /^(?:the |(?:(?:[\p{L}.-]+ )?(?:president|secretary|premier|chairman|dr\.|mr\.|mrs\.|ms\.) ))+/iu.exec(
      text.slice(s, e),
    );
  if (lead) s += lead[0].length;
  return e > s ? { start: s, end: e } : null;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
