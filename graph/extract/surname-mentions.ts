// Step 3's last pass: a person's surname alone, wherever the text uses it after naming them in full.
import { sentenceAt } from '../corpus/sentences.js';
import type { Article } from '../types.js';
import type { KnownEntities } from './known-entities.js';
import { isNameLikeWord } from './lexicon.js';
import type { MentionCollector } from './mention-set.js';

/**
 * News writing names a person in full once, then by surname ("Nikita Khrushchev … Khrushchev"). Every person
 * mentioned so far whose surname no other mentioned person shares, and which is no common English word, is
 * marked wherever the surname stands alone.
 */
export function surnameMentions(
  article: Article,
  known: KnownEntities,
  out: MentionCollector,
): void {
  const { set } = out;
  const owners = new Map<string, Set<string>>();
  for (const id of new Set(set.mentions.map((m) => m.id))) {
    if (set.kinds.get(id) !== 'person') continue;
    const label = set.proposed.get(id)?.label ?? known.byId.get(id)?.label ?? '';
    const words = label.toLowerCase().split(/\s+/);
    if (words.length < 2) continue;
    const last = words.at(-1)!;
    owners.set(last, (owners.get(last) ?? new Set()).add(id));
  }
  const folded = article.text.toLowerCase();
  for (const [surname, ids] of [...owners].sort(([a], [b]) => a.localeCompare(b))) {
    if (ids.size !== 1 || surname.length < 4 || !isNameLikeWord(surname)) continue;
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
