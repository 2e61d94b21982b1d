// A piece of evidence shown in its sentence, the quoted words marked, with a link to the sentence in the reader.
import { h } from './dom.js';
import type { Article, Evidence } from '../types.js';

/**
 * `article` is in display form (client/state/display-case.ts): its text has the capitals restored; null while it
 * has not arrived (the quote is then shown alone). `doc` is the document it is from: its link opens it in the reader.
 */
export function quoteInSentence(
  evidence: Evidence,
  article: Article | null,
  doc?: string,
): HTMLElement {
  const sentence = article?.sentences[evidence.sentence];
  const inSentence = sentence && evidence.start >= sentence.start && evidence.end <= sentence.end;
  const shown = inSentence ? article!.text.slice(evidence.start, evidence.end) : evidence.quote;
  const body = inSentence
    ? [
        article!.text.slice(sentence.start, evidence.start),
        h('mark', {}, shown),
        article!.text.slice(evidence.end, sentence.end),
      ]
    : [h('mark', {}, shown)];
  return h(
    'blockquote',
    { class: 'quote', ...caseAttributes(shown, evidence.quote) },
    h('p', {}, '“', ...body, '”'),
    h(
      'a',
      {
        class: 'quote-source',
        href: `#sentence-${evidence.sentence}`,
        'data-sentence': evidence.sentence,
        ...(doc === undefined ? {} : { 'data-doc': doc }),
      },
      `Sentence ${evidence.sentence + 1} · read in the essay`,
    ),
    caseMark(shown, evidence.quote),
  );
}

const CASE_RESTORED = 'capitals restored';

/** A quote whose capitals were restored says so; its verbatim words are a hover away. */
export function caseMark(shown: string, verbatim: string): HTMLElement | null {
  if (shown === verbatim) return null;
  return h('span', { class: 'case-mark', title: `Verbatim: “${verbatim}”` }, CASE_RESTORED);
}

function caseAttributes(shown: string, verbatim: string) {
  return shown === verbatim ? {} : { 'data-case': 'restored', 'data-verbatim': verbatim };
}
