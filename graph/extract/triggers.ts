// Finds the vocabulary's trigger words in a sentence, with regular inflections: "denounced" → `denounced`.
import { RELATION_TYPES, type RelationTypeId } from '../relation-types.js';

export interface TriggerHit {
  type: RelationTypeId;
  /** The words as written in the text. */
  start: number;
  end: number;
}

interface TriggerForm {
  words: string[];
  type: RelationTypeId;
}

/** Words split at hyphens and apostrophes, so "anti-chinese" holds the trigger "anti". */
const WORD = /[\p{L}\p{N}]+/gu;

let index: Map<string, TriggerForm[]> | null = null;

/** Trigger forms filed under their first word's inflections, longest first; a form two types share goes to the first. */
function triggerIndex(): Map<string, TriggerForm[]> {
  if (index) return index;
  const byFirst = new Map<string, TriggerForm[]>();
  const seen = new Set<string>();
  for (const [type, { triggers }] of Object.entries(RELATION_TYPES) as [
    RelationTypeId,
    { triggers: readonly string[] },
  ][]) {
    for (const trigger of triggers) {
      const [first = '', ...rest] = trigger.toLowerCase().match(WORD) ?? [];
      for (const variant of inflections(first)) {
        const key = [variant, ...rest].join(' ');
        if (seen.has(key)) continue;
        seen.add(key);
        byFirst.set(variant, [
          ...(byFirst.get(variant) ?? []),
          { words: [variant, ...rest], type },
        ]);
      }
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  index = byFirst;
  return index;
}

/** Regular English inflections of a word: -s, -es, -ed, -d, -ing, y → ies/ied, a doubled last consonant. */
function inflections(word: string): string[] {
  const forms = [word, `${word}s`, `${word}es`, `${word}ed`, `${word}d`, `${word}ing`];
  if (word.endsWith('e')) forms.push(`${word.slice(0, -1)}ing`);
  if (/[^aeiou]y$/.test(word)) forms.push(`${word.slice(0, -1)}ies`, `${word.slice(0, -1)}ied`);
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(word))
    forms.push(`${word}${word.at(-1)}ed`, `${word}${word.at(-1)}ing`);
  return forms;
}

/** Every trigger in `text` (offsets from `offset`), the longest at each word, none overlapping. */
export function findTriggers(text: string, offset = 0): TriggerHit[] {
  const words = [...text.matchAll(WORD)].map((m) => ({
    word: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
  const hits: TriggerHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const form = (triggerIndex().get(words[i]!.word) ?? []).find((f) =>
      f.words.every((w, k) => words[i + k]?.word === w),
    );
    if (!form) continue;
    const last = words[i + form.words.length - 1]!;
    hits.push({ type: form.type, start: offset + words[i]!.start, end: offset + last.end });
    i += form.words.length - 1;
  }
  return hits;
}
