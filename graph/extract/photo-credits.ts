// News agencies named in photo credits: "(AP Photo/Dmitri Lovetsky)", "Reuters photo/…", "AFP Photo/…".
import { sentenceAt } from '../corpus/sentences.js';
import type { Article } from '../types.js';
import type { MentionCollector } from './mention-set.js';

/** The wire agencies whose credits captions carry, by the short form a credit uses. */
const AGENCIES: Readonly<Record<string, { id: string; label: string }>> = {
  ap: { id: 'associated-press', label: 'Associated Press' },
  afp: { id: 'agence-france-presse', label: 'Agence France-Presse' },
  reuters: { id: 'reuters', label: 'Reuters' },
  epa: { id: 'european-pressphoto-agency', label: 'European Pressphoto Agency' },
  cp: { id: 'canadian-press', label: 'The Canadian Press' },
  'the canadian press': { id: 'canadian-press', label: 'The Canadian Press' },
  xinhua: { id: 'xinhua', label: 'Xinhua' },
  tass: { id: 'tass', label: 'TASS' },
};

/**
 * Only before "photo" and a slash, where the short form can be nothing else: "ap" alone is a word in lower-case
 * text. The photographer after the slash works for the agency (pair-ties.ts reads the credit's punctuation).
 */
const CREDIT = new RegExp(
  `(?<![\\p{L}])(${Object.keys(AGENCIES).join('|')})(?= photo\\s*/)`,
  'giu',
);
const CONFIDENCE = 0.7;

export function photoCreditMentions(article: Article, out: MentionCollector): void {
  for (const m of article.text.matchAll(CREDIT)) {
    const agency = AGENCIES[m[1]!.toLowerCase()]!;
    const span = { start: m.index, end: m.index + m[0].length };
    const sentence = sentenceAt(article.sentences, span.start);
    if (!out.add({ id: agency.id, ...span, sentence, source: 'nlp' }, 'organization', CONFIDENCE))
      continue;
    out.propose({
      ...agency,
      kind: 'organization',
      description: `News agency: ${agency.label}; proposed by the draft extractor.`,
      confidence: CONFIDENCE,
      reason: `"${m[0]} photo/" is a news agency's photo credit`,
    });
  }
}
