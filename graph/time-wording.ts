// How a date reads, everywhere it is shown: the span ("1956–1964", "since 2025") and where it comes from.
import type { TimeSpan } from './types.js';

/** The part of a time the wording needs; `from` is absent when the date is the document's own. */
export type TimeLike = Pick<TimeSpan, 'start' | 'end' | 'from'>;

/** "1956", "1956–1964", "since 1956", "until 1969", or null when neither end is known. */
export function formatSpan(time: TimeLike | null): string | null {
  if (!time || (time.start === null && time.end === null)) return null;
  const { start, end } = time;
  if (start !== null && end !== null) return start === end ? `${start}` : `${start}–${end}`;
  return start !== null ? `since ${start}` : `until ${end}`;
}

/** Said of a date the essay does not give: "tenure, not in the essay", "general knowledge, not in the essay". */
export function dateProvenance(time: TimeLike | null): string | null {
  if (!time?.from) return null;
  return time.from === 'tenure'
    ? 'by the holder’s tenure, not in the essay'
    : 'general knowledge, not in the essay';
}

/** The span with its provenance when the essay does not give it: "1964 (general knowledge, not in the essay)". */
export function describeTime(time: TimeLike | null): string | null {
  const span = formatSpan(time);
  if (span === null) return null;
  const provenance = dateProvenance(time);
  return provenance ? `${span}, ${provenance}` : span;
}

/** The year a text was published, from its header's `published` value ("2025", "2025-03-04"), or null. */
export function publicationYear(published: string | undefined): number | null {
  const match = /\b(\d{4})\b/.exec(published ?? '');
  return match ? Number(match[1]) : null;
}
