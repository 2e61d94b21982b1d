// Step 3's last pass: a person's surname alone, wherever the text uses it after naming them in full.
import { sentenceAt } from '../corpus/sentences.js';
import type { Article } from '../types.js';
import type { KnownEntities } from './known-entities.js';
import { isFunctionOrVerb, isNameLikeWord } from './lexicon.js';
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
    if (set.kinds.get(id) !== 'person') continue;
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
    const guessed = (set.confidence.get(id) ?? 0) < SURE_ENOUGH;
    for (const m of folded.matchAll(
      new RegExp(`(?<![\\p{L}\\p{N}])${escape(surname)}(?![\\p{L}\\p{N}])`, 'gu'),
    )) {
      const span = { start: m.index, end: m.index + surname.length };
      if (guessed && !standsAlone(folded, span)) continue;
      out.add(
        { id, ...span, sentence: sentenceAt(article.sentences, span.start), source: 'nlp' },
        'person',
        confidence,
      );
    }
  }
}

/** Words that make what follows a common noun: a name takes none ("the advocacy", "their security"). */
const DETERMINERS = new Set(
  'the a an this that these those its their his her our my your some any no every each'.split(' '),
);

/**
 * A guessed person ("two unknown words before a verb") may be a common noun phrase ("security dominance"): its
 * word counts as the person only where it makes a noun phrase by itself, between punctuation, function words and
 * verbs ("considered mao a madman", ", mao was eager"), never beside another content word ("european security")
 * nor after a determiner. A word in -ed counts as a verb: compromise lists "considered" as an adjective.
 */
function standsAlone(folded: string, span: { start: number; end: number }): boolean {
  // The word right before and right after, unless punctuation parts them from it.
  const before = /([\p{L}\p{N}'’-]+)\s+$/u.exec(
    folded.slice(Math.max(0, span.start - 40), span.start),
  )?.[1];
  const after = /^\s+([\p{L}\p{N}'’-]+)/u.exec(folded.slice(span.end, span.end + 40))?.[1];
  const free = (word: string | undefined) => !word || isFunctionOrVerb(word) || /ed$/.test(word);
  return (
    !(before && DETERMINERS.has(before)) &&
    free(before) &&
    free(after) &&
    !/^['’]s\b/.test(folded.slice(span.end))
  );
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
