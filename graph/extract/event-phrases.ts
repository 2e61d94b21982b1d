// Events named by what happened and where or to whom: "the war in Ukraine", "a meeting in Brussels".
import { sentenceAt } from '../corpus/sentences.js';
import type { Article } from '../types.js';
import { slugOf } from './gazetteer.js';
import type { MentionCollector } from './mention-set.js';

/** Nouns of events that news writing names by their place or target, with no name of their own. */
const EVENT_NOUNS =
  'war|invasion|occupation|offensive|bombing|strike|strikes|attack|attacks|meeting|summit|conference|talks|negotiations|election|elections|referendum|visit|crisis|conflict|protests|uprising';

/**
 * A determiner or possessive, up to three modifiers, the event noun and "in"/"against"/"on" right before the
 * mention of a place or state: "its war against Ukraine", "a large-scale nuclear strike against China". "With" is
 * left out: "war with China" is as often a threat as an event.
 */
const BEFORE_PLACE = new RegExp(
  `\\b(?:the|a|an|its|their|his|her|our|this|that)\\s+(?:[\\p{L}-]+\\s+){0,3}?(${EVENT_NOUNS})\\s+(in|against|on)\\s+$`,
  'iu',
);

const CONFIDENCE = 0.5;

/**
 * Runs after the gazetteer, so the place is found: the event's mention spans from its noun to the place's end and
 * holds the place's mention, as the loader nests "ukraine" in "the war in ukraine". Two phrases of one noun and
 * one place ("its war against Ukraine", "the war in Ukraine") name one event.
 */
export function eventPhraseMentions(article: Article, out: MentionCollector): void {
  const { text } = article;
  const ids = new Map<string, string>();
  const places = out.set.mentions.filter((m) => {
    const kind = out.set.kinds.get(m.id);
    return (kind === 'place' || kind === 'state') && m.source !== 'pronoun';
  });
  for (const place of [...places].sort((a, b) => a.start - b.start)) {
    const before = BEFORE_PLACE.exec(text.slice(Math.max(0, place.start - 80), place.start));
    if (!before) continue;
    const noun = before[1]!.toLowerCase();
    const start = place.start - before[0].length + before[0].toLowerCase().lastIndexOf(noun);
    const span = { start, end: place.end };
    // Words an earlier step took (a known name, "the meeting in Brussels" as a local alias) are not re-read.
    if (out.isTaken({ start, end: place.start })) continue;
    const key = `${noun.replace(/s$/, '')} ${place.id}`;
    const name = text.slice(start, place.end);
    const id = ids.get(key) ?? slugOf(name);
    ids.set(key, id);
    const sentence = sentenceAt(article.sentences, start);
    if (!out.add({ id, ...span, sentence, source: 'nlp' }, 'event', CONFIDENCE, true)) continue;
    out.propose({
      id,
      kind: 'event',
      label: name.charAt(0).toUpperCase() + name.slice(1),
      description: `Event named in the text by what happened and where ("${name}"); proposed by the draft extractor.`,
      confidence: CONFIDENCE,
      reason: `kind from the event noun "${noun}" before "${before[2]!.toLowerCase()}" and a place or state`,
    });
  }
}
