// When a sentence dates a relation: dates by chrono-node, bare years and decades by a regular expression.
import * as chrono from 'chrono-node';
import type { Span } from './spans.js';

export interface YearSpan {
  start: number;
  end: number;
}

interface Dated extends Span {
  years: YearSpan;
}

/** chrono resolves relative dates against a reference; only dates whose year the text states are kept, so any fixed one does. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/**
 * chrono-node reads full dates ("nov. 21, 2024", "March 3, 1972") but not a bare year ("in 1956") nor a decade
 * ("the 1970s", "the late-1960s"): those are matched here.
 */
const YEAR_OR_DECADE = /\b(?:(early|mid|late)[- ]?)?((?:1[0-9]|20)[0-9])(0s|[0-9])\b/gi;
const PART_OF_DECADE: Record<string, [number, number]> = {
  early: [0, 3],
  mid: [4, 6],
  late: [7, 9],
};

/** Every dated expression of the sentence, with offsets in the article. */
function datesIn(text: string, offset: number): Dated[] {
  const dated: Dated[] = [];
  for (const r of chrono.strict.parse(text, REFERENCE)) {
    // A relative date ("three years earlier") is certain of its year only against the made-up reference.
    if (!r.start.isCertain('year') || !/\d{4}/.test(r.text)) continue;
    const start = r.start.get('year')!;
    const end = r.end?.get('year') ?? start;
    dated.push({
      start: offset + r.index,
      end: offset + r.index + r.text.length,
      years: { start, end },
    });
  }
  for (const m of text.matchAll(YEAR_OR_DECADE)) {
    const span = { start: offset + m.index, end: offset + m.index + m[0].length };
    if (dated.some((d) => d.start < span.end && span.start < d.end)) continue;
    dated.push({ ...span, years: yearsOf(m[1]?.toLowerCase(), Number(m[2]), m[3]!) });
  }
  return dated;
}

function yearsOf(part: string | undefined, stem: number, tail: string): YearSpan {
  if (tail.toLowerCase() !== '0s')
    return { start: stem * 10 + Number(tail), end: stem * 10 + Number(tail) };
  const [from, to] = part ? PART_OF_DECADE[part]! : [0, 9];
  return { start: stem * 10 + from, end: stem * 10 + to };
}

/** The date nearest the evidence in the sentence (inside it first), or none. */
export function timeNear(
  sentence: { text: string; start: number },
  evidence: Span,
): YearSpan | undefined {
  const distance = (d: Span) => Math.max(0, d.start - evidence.end, evidence.start - d.end);
  const dated = datesIn(sentence.text, sentence.start).sort(
    (a, b) => distance(a) - distance(b) || a.start - b.start,
  );
  return dated[0]?.years;
}
