// References to states and organizations ("its", "both", "the regime") read as what was named before them.
import type { Article, Sentence } from '../types.js';
import type { FoundMention, MentionSet } from './draft-types.js';
import { isVerbWord } from './lexicon.js';
import type { MentionCollector } from './mention-set.js';

/** A reference ties relations less surely than a name, and less than "he"/"she": it is a guess among several. */
const REFERENCE_DISCOUNT = 0.5;

/** What a reference stands for: one state or organization, one state, one organization of a cue, or a pair. */
type Wants = 'actor' | 'state' | 'pair' | 'couple' | { cue: string };

const REFERENCES: { pattern: RegExp; wants: Wants }[] = [
  { pattern: /\bits(?:elf)?\b/giu, wants: 'actor' },
  // Only "it" as a subject before a verb of its own: "it is hard to", "it appears that", "made it clear" are not.
  { pattern: /\bit\b/giu, wants: 'actor' },
  // "They" and "their" stand for a coordinated pair only: of one name they mean its people as often as its state.
  { pattern: /\b(?:they|their|them|themselves)\b/giu, wants: 'couple' },
  // Not "both A and B", which names its pair itself.
  { pattern: /\bboth\b(?![^.,;:]{0,60}\band\b)/giu, wants: 'pair' },
  {
    pattern:
      /\bthe two (?:countries|nations|powers|states|governments|sides|neighbou?rs|rivals|allies)\b/giu,
    wants: 'pair',
  },
  { pattern: /\bthe (?:country|nation|regime|government)\b(?!\s+of\b)/giu, wants: 'state' },
  { pattern: /\bthe administration\b(?!\s+of\b)/giu, wants: { cue: 'administration' } },
  { pattern: /\bthe party\b(?!\s+of\b)/giu, wants: { cue: 'party' } },
];

/** Punctuation and words that open another clause: a name beyond one is no longer the nearest reading. */
const BOUNDARY =
  /[,;:()—–?!]|\b(?:but|because|which|who|when|while|although|though|whereas|after|before|since|if|unless|that)\b/i;

/**
 * Resolves each reference as news writing mostly bears out: a state or organization named in the same clause just
 * before it ("the Kremlin in its war"); else the first one of its sentence, its subject ("Washington's rapprochement
 * with Russia … its rationale"); else the first of the nearest earlier sentence of the paragraph. A pair reference
 * ("both") is the last "A and B" of two of them, or, for "the two countries", the last two named. Each relation it
 * ties says what it was read as, for the reviewer to check.
 */
export function referenceMentions(article: Article, out: MentionCollector): void {
  const actors = out.set.mentions
    .filter((m) => isActor(m, out.set) && m.source !== 'pronoun')
    .sort((a, b) => a.start - b.start);
  for (const sentence of article.sentences) {
    for (const { pattern, wants } of REFERENCES) {
      for (const m of sentence.text.matchAll(pattern)) {
        const start = sentence.start + m.index;
        const span = { start, end: start + m[0].length };
        if (m[0].toLowerCase() === 'it' && !isSubject(article.text, span.end)) continue;
        const before = actors.filter(
          (a) => a.end <= start && article.sentences[a.sentence]!.paragraph === sentence.paragraph,
        );
        const ids = resolve(article.text, before, wants, sentence, start, out.set);
        const mentions = ids.map((id) => ({
          id,
          ...span,
          sentence: sentence.index,
          source: 'pronoun' as const,
        }));
        const confidence = Math.min(...ids.map((id) => out.set.confidence.get(id) ?? 0.5));
        out.addPronoun(mentions, confidence * REFERENCE_DISCOUNT);
      }
    }
  }
}

function isActor(m: FoundMention, set: MentionSet): boolean {
  const kind = set.kinds.get(m.id);
  return kind === 'state' || kind === 'organization';
}

function resolve(
  text: string,
  before: FoundMention[],
  wants: Wants,
  sentence: Sentence,
  at: number,
  set: MentionSet,
): string[] {
  if (wants === 'pair' || wants === 'couple') return pairOf(text, before, wants === 'pair');
  const fits = before.filter((m) => {
    if (wants === 'state') return set.kinds.get(m.id) === 'state';
    if (wants === 'actor') return true;
    return text.slice(m.start, m.end).toLowerCase().includes(wants.cue);
  });
  const one = oneOf(text, fits, sentence, at);
  return one ? [one.id] : [];
}

function oneOf(
  text: string,
  fits: FoundMention[],
  sentence: Sentence,
  at: number,
): FoundMention | undefined {
  const nearest = fits.at(-1);
  if (!nearest) return undefined;
  if (nearest.sentence === sentence.index && !BOUNDARY.test(text.slice(nearest.end, at)))
    return nearest;
  const own = fits.find((m) => m.sentence === sentence.index);
  if (own) return own;
  return fits.find((m) => m.sentence === nearest.sentence);
}

/** The last "A and B" of two different actors; for "both" and "the two …", else the last two named. */
function pairOf(text: string, before: FoundMention[], lastTwo: boolean): string[] {
  for (let i = before.length - 1; i > 0; i--) {
    const [a, b] = [before[i - 1]!, before[i]!];
    if (a.id !== b.id && /^\s*,?\s*(?:and|&)\s*$/i.test(text.slice(a.end, b.start)))
      return [a.id, b.id];
  }
  if (!lastTwo) return [];
  const ids: string[] = [];
  for (const m of [...before].reverse())
    if (!ids.includes(m.id) && ids.length < 2) ids.unshift(m.id);
  return ids.length === 2 ? ids : [];
}

/** Verbs after which "it" announces what follows ("it is hard", "it seems that"), or that take it as object. */
const EXPLETIVE_NEXT = new Set([
  'is',
  'was',
  "'s",
  '’s',
  'seems',
  'seemed',
  'appears',
  'appeared',
  'remains',
  'becomes',
  'became',
  'takes',
  'took',
  'matters',
  'follows',
  'means',
  'meant',
]);
const AUXILIARIES = new Set([
  'would',
  'will',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  'has',
  'had',
  'does',
  'did',
]);

/** "It" as the subject of a verb of its own: "it hopes to", "it has invaded"; not "it is hard", "it would be". */
function isSubject(text: string, end: number): boolean {
  const [first = '', second = ''] =
    text
      .slice(end, end + 40)
      .toLowerCase()
      .match(/[\p{L}'’]+/gu) ?? [];
  if (!/^\s+\S/.test(text.slice(end, end + 2)) || EXPLETIVE_NEXT.has(first)) return false;
  if (AUXILIARIES.has(first)) return !['be', 'been', 'seem', 'appear', 'not'].includes(second);
  return isVerbWord(first) || /(?:[^s]s|ed)$/.test(first);
}
