// An article as it crosses between processes: its sentences as offsets, rebuilt on arrival from the text they index.
import type { Article } from '../types.js';

/**
 * The sentences, which are most of an article's objects, travel as one typed array of (paragraph, start, end)
 * triples: cloning ~70 objects and their texts a document cost the receiving process a fifth of parsing it.
 */
export interface PortableArticle extends Omit<Article, 'sentences'> {
  sentenceBounds: Int32Array;
}

export function portableArticle({ sentences, ...rest }: Article): PortableArticle {
  const sentenceBounds = new Int32Array(sentences.length * 3);
  sentences.forEach((s, i) => sentenceBounds.set([s.paragraph, s.start, s.end], i * 3));
  return { ...rest, sentenceBounds };
}

export function articleOfPortable({ sentenceBounds, ...rest }: PortableArticle): Article {
  const sentences: Article['sentences'] = [];
  for (let at = 0; at < sentenceBounds.length; at += 3) {
    const paragraph = sentenceBounds[at]!;
    const start = sentenceBounds[at + 1]!;
    const end = sentenceBounds[at + 2]!;
    sentences.push({
      index: sentences.length,
      paragraph,
      section: rest.paragraphs[paragraph]!.section,
      start,
      end,
      text: rest.text.slice(start, end),
    });
  }
  return { ...rest, sentences };
}
