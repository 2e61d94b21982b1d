// Step 3: names found by compromise, titles, cue words and capitals, linked to a known entity or proposed.
import nlp from 'compromise';
import { sentenceAt } from '../corpus/sentences.js';
import type { Article, EntityKind } from '../types.js';
import { slugOf } from './gazetteer.js';
import { knownIdOf, type KnownEntities } from './known-entities.js';
import type { MentionCollector } from './mention-set.js';
import { compromiseSpans, honorificSpans, unknownNameSpans, type NameSpan } from './name-spans.js';
import { compoundSpans } from './compound-spans.js';
import { datedEventSpans } from './dated-events.js';
import { capitalizedSpans, lowerCaseOrganizationSpans } from './organization-spans.js';
import { tokenize } from './word-tokens.js';

/** Text is cased when most sentences start with a capital: the Zivo essay, received lower-cased, is not. */
function isCased(article: Article): boolean {
  const starts = article.sentences.map((s) => /\p{L}/u.exec(s.text)?.[0] ?? '');
  return starts.filter((c) => c !== c.toLowerCase()).length * 2 >= Math.max(1, starts.length);
}

/**
 * Compounds of nations ("sino-soviet split") go before the gazetteer: as in the loader, the longer name wins over
 * the state names inside it.
 */
export function compoundMentions(
  article: Article,
  known: KnownEntities,
  out: MentionCollector,
): void {
  addSpans(article, known, out, compoundSpans(article.text, tokenize(article.text)));
}

export function nameMentions(article: Article, known: KnownEntities, out: MentionCollector): void {
  const { text } = article;
  const cased = isCased(article);
  const tokens = tokenize(text);
  const doc = nlp(text);
  addSpans(article, known, out, [
    ...honorificSpans(text, cased),
    ...datedEventSpans(text, tokens),
    ...(cased ? capitalizedSpans(text, tokens) : lowerCaseOrganizationSpans(text, tokens)),
    ...compromiseSpans(doc, text, cased),
    ...(cased ? [] : unknownNameSpans(doc)),
  ]);
}

/** The surest and longest spans first; each links to a known entity, a person named in full, or a new one. */
function addSpans(
  article: Article,
  known: KnownEntities,
  out: MentionCollector,
  found: NameSpan[],
): void {
  const { text } = article;
  const cased = isCased(article);
  const spans = found.sort(
    (a, b) =>
      b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const surnames = surnameIndex(spans, text, known, cased);
  for (const span of spans) {
    if (out.isTaken(span)) continue;
    const target = resolve(text.slice(span.start, span.end), span, known, surnames, cased);
    if (!target.id) continue;
    const sentence = sentenceAt(article.sentences, span.start);
    out.add(
      { id: target.id, start: span.start, end: span.end, sentence, source: 'nlp' },
      target.kind,
      span.confidence,
    );
    if (!target.known)
      out.propose({
        ...target,
        description: describe(target.kind, span),
        confidence: span.confidence,
        reason: span.reason,
      });
  }
}

interface Resolved {
  id: string;
  kind: EntityKind;
  label: string;
  known: boolean;
}

function resolve(
  name: string,
  span: NameSpan,
  known: KnownEntities,
  surnames: Map<string, string>,
  cased: boolean,
): Resolved {
  const knownId = knownIdOf(known, name);
  if (knownId)
    return { id: knownId, kind: known.byId.get(knownId)!.kind, label: name, known: true };
  const byline =
    span.kind === 'person' && !/\s/.test(name) ? surnames.get(name.toLowerCase()) : undefined;
  const id = byline ?? slugOf(name);
  const knownKind = known.byId.get(id)?.kind;
  const label = cased ? name : titleCase(name);
  return { id, kind: knownKind ?? span.kind, label, known: knownKind !== undefined };
}

/**
 * A person's surname alone names the person the text named in full ("Nikita Khrushchev … Khrushchev"), as news
 * writing does after the first mention. A surname two people share links to neither.
 */
function surnameIndex(
  spans: readonly NameSpan[],
  text: string,
  known: KnownEntities,
  cased: boolean,
): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  const note = (name: string, id: string) => {
    // A lone first name is most often a name compromise cut short ("ali" of "ali wyne (senior …").
    const words = name.toLowerCase().split(/\s+/);
    for (const word of new Set([words[0]!, words.at(-1)!]))
      owners.set(word, (owners.get(word) ?? new Set()).add(id));
  };
  for (const e of known.byId.values())
    if (e.kind === 'person' && /\s/.test(e.label)) note(e.label, e.id);
  for (const s of spans) {
    const name = text.slice(s.start, s.end);
    if (s.kind !== 'person' || !/\s/.test(name)) continue;
    note(name, knownIdOf(known, name) ?? slugOf(cased ? name : titleCase(name)));
  }
  return new Map(
    [...owners].filter(([, ids]) => ids.size === 1).map(([last, ids]) => [last, [...ids][0]!]),
  );
}

function titleCase(name: string): string {
  return name.replace(
    /(^|[\s.\-&])(\p{L})/gu,
    (_, before: string, letter: string) => before + letter.toUpperCase(),
  );
}

function describe(kind: EntityKind, span: NameSpan): string {
  const what = kind === 'concept' ? 'Name' : kind[0]!.toUpperCase() + kind.slice(1);
  return `${what} named in the text (${span.reason}); proposed by the draft extractor.`;
}
