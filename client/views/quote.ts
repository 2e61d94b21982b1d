// A piece of evidence shown in its sentence, the quoted words marked, with a link to the sentence in the reader.
import { h } from './dom.js';
import type { Article, Evidence } from '../types.js';

export function quoteInSentence(evidence: Evidence, article: Article | null): HTMLElement {
  const sentence = article?.sentences[evidence.sentence];
  const body =
    sentence && evidence.start >= sentence.start && evidence.end <= sentence.end
      ? [
          article!.text.slice(sentence.start, evidence.start),
          h('mark', {}, article!.text.slice(evidence.start, evidence.end)),
          article!.text.slice(evidence.end, sentence.end),
        ]
      : [h('mark', {}, evidence.quote)];
  return h(
    'blockquote',
    { class: 'quote' },
    h('p', {}, '“', ...body, '”'),
    h(
      'a',
      {
        class: 'quote-source',
        href: `#sentence-${evidence.sentence}`,
        'data-sentence': evidence.sentence,
      },
      `Sentence ${evidence.sentence + 1} · read in the essay`,
    ),
  );
}
