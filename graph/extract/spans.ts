// Spans of the article's text: overlap tests, so a later mention step never takes an earlier one's words.

export interface Span {
  start: number;
  end: number;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Spans sorted by start, searched for overlap with a new one: a linear scan is enough for a document's mentions. */
export class SpanSet {
  private readonly spans: Span[] = [];

  add(span: Span): void {
    this.spans.push(span);
  }

  covers(span: Span): boolean {
    return this.spans.some((s) => overlaps(s, span));
  }
}
