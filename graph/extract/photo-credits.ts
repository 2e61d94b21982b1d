// News agencies named in photo credits: "(AP Photo/Dmitri Lovetsky)", "Reuters photo/…", "AFP Photo/…".
import { sentenceAt } from '../corpus/sentences.js';
import type { Article } from '../types.js';
import { slugOf } from './gazetteer.js';
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

/** The photographer's name after the slash: two to four words up to the bracket or comma that ends the credit. */
const PHOTOGRAPHER =
  /^ photos?\s*\/\s*(\p{L}[\p{L}.'’-]*(?: \p{L}[\p{L}.'’-]*){1,3})\s*(?=[),]|$)/iu;

export function photoCreditMentions(article: Article, out: MentionCollector): void {
  for (const m of article.text.matchAll(CREDIT)) {
    photographerMention(article, m.index + m[0].length, out);
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

function photographerMention(article: Article, at: number, out: MentionCollector): void {
  const credit = PHOTOGRAPHER.exec(article.text.slice(at, at + 80));
  if (!credit) return;
  const name = credit[1]!;
  const start = at + credit[0].indexOf(name);
  const span = { start, end: start + name.length };
  const label = name.replace(
    /(^|[\s.-])(\p{L})/gu,
    (_, s: string, c: string) => s + c.toUpperCase(),
  );
  const id = slugOf(label);
  const sentence = sentenceAt(article.sentences, start);
  if (!out.add({ id, ...span, sentence, source: 'nlp' }, 'person', CONFIDENCE)) return;
  out.propose({
    id,
    kind: 'person',
    label,
    description: `Photographer named in a photo credit; proposed by the draft extractor.`,
    confidence: CONFIDENCE,
    reason: `kind from a photo credit: the name after "photo/"`,
  });
}
