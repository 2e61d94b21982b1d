// Step 3's last pass: a person's surname alone, wherever the text uses it after naming them in full.
import { sentenceAt } from '../corpus/sentences.js';
import type { Article } from '../types.js';
import type { KnownEntities } from './known-entities.js';
import { isNameLikeWord } from './lexicon.js';
import type { MentionCollector } from './mention-set.js';

/**
 * News writing names a person in full once, then by family name ("Nikita Khrushchev … Khrushchev", "Mao Zedong …
 * Mao"). The first and last word of every person's name mentioned so far that no other mentioned person shares,
 * and that is no common English word, is marked wherever it stands alone.
 */
const SURE_ENOUGH = 0.5;

export function surnameMentions(
  article: Article,
  known: KnownEntities,
  out: MentionCollector,
): void {
  const { set } = out;
  const owners = new Map<string, Set<string>>();
  for (const id of new Set(set.mentions.map((m) => m.id))) {
    // A guessed person ("two unknown words before a verb") may be a common noun phrase: its words stay unmarked.
    if (set.kinds.get(id) !== 'person' || (set.confidence.get(id) ?? 0) < SURE_ENOUGH) continue;
    const label = set.proposed.get(id)?.label ?? known.byId.get(id)?.label ?? '';
    const words = label.toLowerCase().split(/\s+/);
    if (words.length < 2) continue;
    // The family name stands last in most names and first in Chinese and Korean ones ("Mao Zedong" … "Mao").
    for (const word of new Set([words[0]!, words.at(-1)!]))
      owners.set(word, (owners.get(word) ?? new Set()).add(id));
  }
  const folded = article.text.toLowerCase();
  for (const [surname, ids] of [...owners].sort(([a], [b]) => a.localeCompare(b))) {
    if (ids.size !== 1 || surname.length < 3 || !isNameLikeWord(surname)) continue;
    const id = [...ids][0]!;
    const confidence = (set.confidence.get(id) ?? 0.5) * 0.9;
    for (const m of folded.matchAll(
      new RegExp(`(?<![\\p{L}\\p{N}])${escape(surname)}(?![\\p{L}\\p{N}])`, 'gu'),
    )) {
      const span = { start: m.index, end: m.index + surname.length };
      out.add(
        { id, ...span, sentence: sentenceAt(article.sentences, span.start), source: 'nlp' },
        'person',
        confidence,
      );
    }
  }
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
