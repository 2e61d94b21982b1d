// Step 3's last guess: the unnamed items of a list whose other items are organizations are organizations too.
import { sentenceAt } from '../corpus/sentences.js';
import type { Article, Sentence } from '../types.js';
import { slugOf } from './gazetteer.js';
import type { KnownEntities } from './known-entities.js';
import { isContentWord } from './lexicon.js';
import type { MentionCollector } from './mention-set.js';

/** Items of a list: runs between commas (and a final "and"/"or"). */
const ITEM = /[^,;:()]+/g;
const MAX_ITEM_WORDS = 4;

/**
 * "His work has appeared in the Washington Examiner, the Diplomat, Quillette and the Daily Hive": a list names
 * things of one kind, so when two of its items or more are organizations and no fewer than those of other kinds,
 * the other short items of content words are proposed as organizations too, with a guessed kind.
 */
export function enumerationMentions(
  article: Article,
  known: KnownEntities,
  out: MentionCollector,
): void {
  for (const sentence of article.sentences) {
    const items = itemsOf(sentence);
    const isOrganization = (item: { start: number; end: number }) =>
      out.set.mentions.some(
        (m) =>
          m.start < item.end && item.start < m.end && out.set.kinds.get(m.id) === 'organization',
      );
    const organizations = items.filter(isOrganization).length;
    const others = items.filter((i) => !isOrganization(i) && out.isTaken(i)).length;
    if (organizations < 2 || organizations < others) continue;
    for (const item of items) {
      if (isOrganization(item) || out.isTaken(item)) continue;
      proposeItem(article, known, out, item);
    }
  }
}

/** The sentence's list items: each comma-separated part, its leading "and"/"or"/"the" and final stop trimmed. */
function itemsOf(sentence: Sentence): { start: number; end: number; words: string[] }[] {
  const items = [];
  for (const m of sentence.text.matchAll(ITEM)) {
    // "X and the Y" is two items.
    for (const part of m[0].matchAll(/(?:^|\s(?:and|or)\s)((?:(?!\s(?:and|or)\s).)+)/g)) {
      const lead = /^\s*(?:the\s+)?/i.exec(part[1]!)![0].length;
      const text = part[1]!.slice(lead).replace(/[\s.!?]+$/, '');
      const words = text.split(/\s+/).filter(Boolean);
      if (words.length === 0) continue;
      const start = sentence.start + m.index + part.index + part[0].length - part[1]!.length + lead;
      items.push({ start, end: start + text.length, words });
    }
  }
  return items;
}

function proposeItem(
  article: Article,
  known: KnownEntities,
  out: MentionCollector,
  item: { start: number; end: number; words: string[] },
): void {
  if (item.words.length > MAX_ITEM_WORDS || !item.words.every((w) => isContentWord(w))) return;
  const name = article.text.slice(item.start, item.end);
  const id = known.byName.get(name.toLowerCase()) ?? slugOf(name);
  if (!id) return;
  const sentence = sentenceAt(article.sentences, item.start);
  if (
    !out.add(
      { id, start: item.start, end: item.end, sentence, source: 'nlp' },
      'organization',
      0.35,
    )
  )
    return;
  if (known.byId.has(id)) return;
  const label = name.replace(/(^|\s)(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase());
  const reason = 'kind guessed from a list whose other items are organizations';
  out.propose({
    id,
    kind: 'organization',
    label,
    description: `Organization named in the text (${reason}); proposed by the draft extractor.`,
    confidence: 0.35,
    reason,
  });
}
