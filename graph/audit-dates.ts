// The audit's date rule: a date is the text's own, an office holder's tenure, or general knowledge with a source.
import type { Corpus } from './corpus/corpus-types.js';
import { isRelationType, RELATION_TYPES } from './relation-types.js';
import { publicationYear } from './time-wording.js';
import type { Article, TimeSpan } from './types.js';

export interface DateFinding {
  /** The relation's or entity's id. */
  subject: string;
  message: string;
}

const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
];
/** "1956", "the 1970s", "late-1960s": a year, or a decade with an optional part of it. */
const YEAR_OR_DECADE = /\b(?:(early|mid|late)[- ])?(\d{4})(s?)\b/g;
const RELATIVE =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten) years (earlier|before|after|later)\b/g;

/**
 * Relations and events dated from the text whose years the text does not give. Years the text gives are those
 * of the quoted sentences and of the sentences before them in their paragraph ("that year" points back), read
 * with a regular expression rather than a date parser because decades ("the 2000s", "the late-1960s") and bare
 * years are what essays use and what general date parsers skip; plus the publication year, which dates what the
 * text says in the present tense. A tenure date must belong to an office.
 */
export function auditDates(corpus: Corpus): DateFinding[] {
  const articles = new Map(corpus.documents.map((d) => [d.slug, d.article]));
  const textYears = (places: { doc: string; sentence: number }[]) => {
    const years = new Set<number>();
    for (const [doc, sentences] of bySlug(places)) {
      const article = articles.get(doc);
      if (!article) continue;
      const present = publicationYear(article.meta.published);
      for (const y of yearsAround(article, sentences, present)) years.add(y);
    }
    return years;
  };
  const findings: DateFinding[] = [];
  for (const r of corpus.relations) {
    const places = r.evidence.map((e) => ({ doc: r.doc, sentence: e.sentence }));
    const problem = dateProblem(r.time, textYears(places), {
      office: isRelationType(r.relation) && 'office' in RELATION_TYPES[r.relation],
    });
    if (problem) findings.push({ subject: r.id, message: `relation \`${r.id}\`: ${problem}` });
  }
  for (const e of corpus.entities) {
    const problem = dateProblem(e.time, textYears(e.mentions), {
      office: e.kind === 'organization',
    });
    if (problem) findings.push({ subject: e.id, message: `entity \`${e.id}\`: ${problem}` });
  }
  return findings;
}

/** Sentence indexes grouped by the document they are in. */
function bySlug(places: { doc: string; sentence: number }[]): Map<string, number[]> {
  const grouped = new Map<string, number[]>();
  for (const { doc, sentence } of places) grouped.set(doc, [...(grouped.get(doc) ?? []), sentence]);
  return grouped;
}

function dateProblem(
  time: TimeSpan | null,
  textYears: Set<number>,
  { office }: { office: boolean },
): string | null {
  if (!time) return null;
  if (time.from === 'tenure' && !office)
    return 'is dated by tenure, but it is not an office; date it from the text or from general knowledge';
  if (time.from) return null;
  const missing = [time.start, time.end].filter(
    (y): y is number => y !== null && !textYears.has(y),
  );
  if (missing.length === 0) return null;
  return (
    `${missing.join(' and ')} is not a year the text gives here; date it from the text, ` +
    'or set `from: tenure` (offices) or `from: knowledge` with a `source`'
  );
}

/** Years stated in `sentences` and in the sentences before each in its paragraph, plus the present year. */
function yearsAround(article: Article, sentences: number[], present: number | null): Set<number> {
  const years = new Set<number>(present === null || sentences.length === 0 ? [] : [present]);
  for (const index of sentences) {
    const sentence = article.sentences[index];
    if (!sentence) continue;
    for (const s of article.sentences) {
      if (s.paragraph === sentence.paragraph && s.index <= index)
        for (const y of yearsIn(s.text)) years.add(y);
    }
  }
  return years;
}

/** The years a sentence gives: bare years, both ends of decades, and "three years earlier" counted from a year. */
export function yearsIn(text: string): number[] {
  const years: number[] = [];
  for (const [, part, digits, plural] of text.matchAll(YEAR_OR_DECADE)) {
    const year = Number(digits);
    if (!plural) years.push(year);
    else years.push(...decadeEnds(year, part));
  }
  const anchors = [...years];
  for (const [, count, direction] of text.matchAll(RELATIVE)) {
    const n = NUMBER_WORDS.indexOf(count!) + 1;
    // "three years earlier" and "three years after [an event]" point back; "later" and "before [it]" forward.
    const sign = direction === 'earlier' || direction === 'after' ? -1 : 1;
    for (const year of anchors) years.push(year + sign * n);
  }
  return years;
}

function decadeEnds(decade: number, part: string | undefined): number[] {
  if (part === 'early') return [decade, decade + 3];
  if (part === 'mid') return [decade + 4, decade + 6];
  if (part === 'late') return [decade + 6, decade + 9];
  return [decade, decade + 9];
}
