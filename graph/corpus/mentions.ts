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

/** Mentions per entity id. Overlaps go to the longest match, so "sino-soviet split" beats "soviet". */
export function findMentions(article: Article, entities: Nameable[]): Map<string, Mention[]> {
  const candidates: Candidate[] = [];
  for (const entity of entities) {
    for (const name of namesOf(entity)) {
      for (const m of article.text.matchAll(wordBounded(name))) {
        candidates.push({ id: entity.id, start: m.index, end: m.index + m[0].length });
      }
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);

  const mentions = new Map<string, Mention[]>(entities.map((e) => [e.id, []]));
  let taken = -1;
  for (const c of candidates) {
    if (c.start < taken) continue;
    taken = c.end;
    mentions.get(c.id)!.push({
      sentence: sentenceAt(article.sentences, c.start),
      start: c.start,
      end: c.end,
      text: article.text.slice(c.start, c.end),
    });
  }
  return mentions;
}

/** Does `name` occur word-bounded anywhere in `text`? (Overlaps with longer names not considered.) */
export function occursIn(text: string, name: string): boolean {
  return wordBounded(name).test(text);
}

function wordBounded(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
}
