// Towns the gazetteer lacks, named the way datelines and addresses name them: "in St. Petersburg, Russia".
import { sentenceAt } from '../corpus/sentences.js';
import type { Article } from '../types.js';
import { slugOf } from './gazetteer.js';
import { isNameLikeWord } from './lexicon.js';
import type { MentionCollector } from './mention-set.js';

/**
 * A preposition of place, one to three words and a comma right before a state's name: the words name a place in
 * that state ("a shop in St. Petersburg, Russia", "born in Springfield, United States"). Each word must be
 * name-like (unknown to compromise's lexicon or known as a name) or an abbreviation ("st."), so "in time, Russia"
 * and "in the end, China" name nothing.
 */
const BEFORE_STATE = /\b(?:in|at|from|near|outside)\s+((?:[\p{L}]+\.?\s+){0,2}[\p{L}]+)\s*,\s*$/iu;
const CONFIDENCE = 0.45;

export function townMentions(article: Article, out: MentionCollector): void {
  const { text } = article;
  const states = out.set.mentions.filter(
    (m) => out.set.kinds.get(m.id) === 'state' && m.source === 'gazetteer',
  );
  for (const state of states) {
    const before = BEFORE_STATE.exec(text.slice(Math.max(0, state.start - 60), state.start));
    if (!before) continue;
    const name = before[1]!;
    const words = name.split(/\s+/);
    if (!words.every((w) => /^\p{L}{1,3}\.$/u.test(w) || isNameLikeWord(w))) continue;
    const start = state.start - before[0].length + before[0].lastIndexOf(name);
    const span = { start, end: start + name.length };
    const label = name.replace(/(^|\s)(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase());
    const id = slugOf(label);
    const sentence = sentenceAt(article.sentences, start);
    if (!out.add({ id, ...span, sentence, source: 'nlp' }, 'place', CONFIDENCE)) continue;
    out.propose({
      id,
      kind: 'place',
      label,
      description: `Place in ${text.slice(state.start, state.end)}, named in the text as addresses name it; proposed by the draft extractor.`,
      confidence: CONFIDENCE,
      reason: `kind from "${name}, ${text.slice(state.start, state.end)}" after a preposition of place`,
    });
  }
}
