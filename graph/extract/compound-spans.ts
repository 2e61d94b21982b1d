// Names of relations between nations built as compounds: "the Sino-Soviet split", "a Russo-American alliance".
import type { EntityKind } from '../types.js';
import { gazetteer } from './gazetteer.js';
import type { NameSpan } from './name-spans.js';
import { adjacent, type Token } from './word-tokens.js';

/** Combining forms of nations' names that English compounds use ("Sino-", "Franco-"), with the name they stand for. */
export const COMBINING_FORMS: Readonly<Record<string, string>> = {
  sino: 'China',
  russo: 'Russia',
  franco: 'France',
  anglo: 'United Kingdom',
  indo: 'India',
  italo: 'Italy',
  greco: 'Greece',
  austro: 'Austria',
  turco: 'Turkey',
  nippo: 'Japan',
};
/** Head nouns that make such a compound the name of an event, or of an idea or arrangement. */
const EVENT_HEADS = new Set([
  'war',
  'split',
  'rift',
  'conflict',
  'crisis',
  'summit',
  'talks',
  'tensions',
  'clashes',
  'rapprochement',
]);
const CONCEPT_HEADS = new Set([
  'alliance',
  'partnership',
  'cooperation',
  'relations',
  'relationship',
  'treaty',
  'pact',
  'axis',
  'entente',
  'friendship',
  'rivalry',
  'border',
  'accord',
]);

let parts: Set<string> | null = null;

/** One-word names and demonyms of the gazetteer, lower case, with the combining forms. */
function compoundParts(): Set<string> {
  if (parts) return parts;
  parts = new Set(Object.keys(COMBINING_FORMS));
  for (const e of gazetteer())
    for (const f of e.forms)
      if (f.role !== 'code' && !/\s/.test(f.text)) parts.add(f.text.toLowerCase());
  return parts;
}

/**
 * "Sino-Russian alliance", "anti-Soviet partnership", "U.S.-China talks": a hyphenated compound of nations
 * (or "anti-" and one) before a head noun. The kind comes from the head: wars and splits are events, alliances ideas.
 */
export function compoundSpans(text: string, tokens: readonly Token[]): NameSpan[] {
  const spans: NameSpan[] = [];
  for (const [k, t] of tokens.entries()) {
    const head = tokens[k + 1];
    if (!head || !adjacent(text, t, head) || !isCompoundOfNations(t.word)) continue;
    const kind: EntityKind | null = EVENT_HEADS.has(head.word)
      ? 'event'
      : CONCEPT_HEADS.has(head.word)
        ? 'concept'
        : null;
    if (!kind) continue;
    spans.push({
      start: t.start,
      end: head.end,
      kind,
      confidence: 0.55,
      reason: `kind from the head noun "${head.word}" of a compound of nations`,
    });
  }
  return spans;
}

export function isCompoundOfNations(word: string): boolean {
  const pieces = word.split('-');
  const anti = pieces[0] === 'anti';
  const nations = anti ? pieces.slice(1) : pieces;
  return nations.length >= (anti ? 1 : 2) && nations.every((p) => compoundParts().has(p));
}
