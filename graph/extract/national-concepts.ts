// Ideas named by a nation's adjective and a noun of power or policy: "American hegemony", "European security".
import { sentenceAt } from '../corpus/sentences.js';
import type { Article } from '../types.js';
import { slugOf } from './gazetteer.js';
import type { MentionCollector } from './mention-set.js';

/**
 * Nouns that opinion writing makes objects of a state's or a region's policy when an adjective of nationality
 * stands before them ("dismantle American hegemony", "buttressing European security"). Nouns of things a state
 * merely has ("oil", "economy") are left out: "Russian oil" is a commodity, not an idea actors act upon.
 */
const POLICY_NOUNS = new Set([
  'hegemony',
  'imperialism',
  'dominance',
  'supremacy',
  'expansionism',
  'exceptionalism',
  'isolationism',
  'nationalism',
  'revanchism',
  'security',
  'sovereignty',
  'leadership',
  'influence',
  'interests',
]);
const CONFIDENCE = 0.45;

/**
 * Runs after the gazetteer: a demonym's mention followed by one of the nouns is a concept spanning both; the
 * demonym keeps its own mention of the state (as the loader nests "soviet" in "anti-soviet partnership").
 */
export function nationalConceptMentions(article: Article, out: MentionCollector): void {
  const { text } = article;
  for (const m of [...out.set.mentions].sort((a, b) => a.start - b.start)) {
    const kind = out.set.kinds.get(m.id);
    if (m.source !== 'gazetteer' || (kind !== 'state' && kind !== 'place')) continue;
    const next = /^ ([\p{L}]+)\b/u.exec(text.slice(m.end, m.end + 30));
    const noun = next?.[1]?.toLowerCase();
    if (
      !noun ||
      !POLICY_NOUNS.has(noun) ||
      !/[nh]$|ish$|ese$|ic$/i.test(text.slice(m.start, m.end))
    )
      continue;
    const span = { start: m.start, end: m.end + next![0].length };
    if (out.isTaken({ start: m.end, end: span.end })) continue;
    const name = text.slice(span.start, span.end);
    const id = slugOf(name);
    const sentence = sentenceAt(article.sentences, span.start);
    if (!out.add({ id, ...span, sentence, source: 'nlp' }, 'concept', CONFIDENCE, true)) continue;
    out.propose({
      id,
      kind: 'concept',
      label: name.replace(/^\p{L}/u, (c) => c.toUpperCase()),
      description: `Idea named in the text by a nation's adjective and "${noun}"; proposed by the draft extractor.`,
      confidence: CONFIDENCE,
      reason: `kind from the noun "${noun}" after an adjective of nationality`,
    });
  }
}
