// Producers of what the reader points at in the text: the selected words, a mention opened, two mentions related.
import type { ReviewEntity, Span } from '../../../contract/annotations.js';
import type { Article } from '../../types.js';
import type { StudioProducer, StudioState } from './studio-state.js';

/** Words selected in the text (null: the selection was cleared or left the text). */
export const selectText =
  (span: Span | null): StudioProducer =>
  (state) =>
    sameSpan(state.selection, span) ? state : { ...state, selection: span };

/** A mention opened: its entity's card shows (accept, reject, merge). */
export const openEntity =
  (id: string | null): StudioProducer =>
  (state) =>
    state.entity === id ? state : { ...state, entity: id };

/** The first mention clicked to relate waits for a second; clicking it again lets it go. */
export const pickMention =
  (id: string): StudioProducer =>
  (state) => ({ ...state, picked: state.picked === id ? null : id });

export const toggleHelp =
  (open?: boolean): StudioProducer =>
  (state) => {
    const help = open ?? !state.help;
    return help === state.help ? state : { ...state, help };
  };

export function entityById(state: StudioState, id: string | null): ReviewEntity | null {
  return state.annotations?.entities.find((e) => e.id === id) ?? null;
}

/** The verbatim words of a span (evidence and aliases are copied from the text as the server reads it). */
export function spanText(article: Article, span: Span): string {
  return article.text.slice(span.start, span.end);
}

/**
 * The evidence a relation between two mentions gets: the selected words when there are any, else the sentence
 * holding `mention` (the name clicked last); the form shows it, and the selection can replace it.
 */
export function evidenceBetween(state: StudioState, mention: Span): Span | null {
  if (state.selection) return state.selection;
  const sentence = state.article?.sentences.find(
    (s) => s.start <= mention.start && mention.end <= s.end,
  );
  return sentence ? { start: sentence.start, end: sentence.end } : null;
}

/** A selection trimmed of the spaces around it, or null when it holds no word. */
export function trimmedSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

function sameSpan(a: Span | null, b: Span | null): boolean {
  return a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end);
}
