// Splits article paragraphs into sentences with character offsets, using wink-nlp (handles "u.s.", "j.d.", "st.").
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Paragraph, Sentence } from '../types.js';

const nlp = winkNLP(model, ['sbd']);

export function splitSentences(text: string, paragraphs: Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const [pIndex, paragraph] of paragraphs.entries()) {
    const body = text.slice(paragraph.start, paragraph.end);
    let cursor = 0;
    for (const part of nlp.readDoc(body).sentences().out()) {
      // wink returns each sentence's text; find it in order to recover offsets.
      const at = body.indexOf(part, cursor);
      const start = at >= 0 ? at : cursor;
      const end = at >= 0 ? at + part.length : body.length;
      sentences.push({
        index: sentences.length,
        paragraph: pIndex,
        section: paragraph.section,
        start: paragraph.start + start,
        end: paragraph.start + end,
        text: body.slice(start, end),
      });
      cursor = end;
    }
  }
  return sentences;
}

/** Index of the sentence holding character `offset`, by binary search over sentence starts. */
export function sentenceAt(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
