// The last pass: "he" and "she" read as the person last named before them in the paragraph.
import type { Article } from '../types.js';
import type { FoundMention } from './draft-types.js';
import type { MentionCollector } from './mention-set.js';

const PRONOUN = /\b(?:he|she)\b/gi;
/** A pronoun ties relations less surely than a name: its confidence is the person's times this. */
const PRONOUN_DISCOUNT = 0.6;

/**
 * The simplest reading of a personal pronoun that news writing mostly bears out: the person named last before it
 * in the same paragraph. It resolves "he is best known for his coverage of …" to the person the bio named; a
 * paragraph with two people may pick the wrong one, and the reason of every relation it ties says whom it chose.
 */
export function pronounMentions(article: Article, out: MentionCollector): void {
  const people = out.set.mentions
    .filter((m) => out.set.kinds.get(m.id) === 'person' && m.source !== 'pronoun')
    .sort((a, b) => a.start - b.start);
  for (const sentence of article.sentences) {
    for (const m of sentence.text.matchAll(PRONOUN)) {
      const start = sentence.start + m.index;
      const person = lastBefore(people, start, article, sentence.paragraph);
      if (!person) continue;
      const confidence = (out.set.confidence.get(person.id) ?? 0.5) * PRONOUN_DISCOUNT;
      const mention: FoundMention = {
        id: person.id,
        start,
        end: start + m[0].length,
        sentence: sentence.index,
        source: 'pronoun',
      };
      out.addPronoun(mention, confidence);
    }
  }
}

function lastBefore(
  people: readonly FoundMention[],
  at: number,
  article: Article,
  paragraph: number,
): FoundMention | undefined {
  const before = people.filter((p) => p.end <= at).at(-1);
  return before && article.sentences[before.sentence]!.paragraph === paragraph ? before : undefined;
}
