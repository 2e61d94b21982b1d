// Cuts the article into runs of plain text and entity mentions, sentence by sentence, for the reader pane.
import type { Article, ExplorerGraph } from '../types.js';

type Segment =
  { type: 'text'; text: string } | { type: 'mention'; text: string; node: string; label: string };

interface SentenceSegments {
  index: number;
  segments: Segment[];
}

export interface ParagraphSegments {
  section: string;
  sentences: SentenceSegments[];
}

interface Span {
  start: number;
  end: number;
  node: string;
  label: string;
}

/** `doc` is the article's slug: only mentions in that document are marked (none given: every mention). */
export function articleSegments(
  article: Article,
  graph: ExplorerGraph | null,
  doc?: string,
): ParagraphSegments[] {
  const spans = mentionSpans(graph, doc);
  let cursor = 0;
  return article.paragraphs.map((paragraph, p) => ({
    section: paragraph.section,
    sentences: article.sentences
      .filter((s) => s.paragraph === p)
      .map((s) => {
        const own: Span[] = [];
        while (cursor < spans.length && spans[cursor]!.start < s.start) cursor++;
        for (let i = cursor; i < spans.length && spans[i]!.end <= s.end; i++) own.push(spans[i]!);
        return { index: s.index, segments: cut(article.text, s.start, s.end, own) };
      }),
  }));
}

/** Mentions from the graph's nodes, in text order; the corpus guarantees they do not overlap. */
function mentionSpans(graph: ExplorerGraph | null, doc: string | undefined): Span[] {
  if (!graph) return [];
  const spans: Span[] = [];
  graph.forEachNode((node, a) => {
    for (const m of a.mentions)
      if (doc === undefined || m.doc === doc)
        spans.push({ start: m.start, end: m.end, node, label: a.label });
  });
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

function cut(text: string, start: number, end: number, spans: Span[]): Segment[] {
  const out: Segment[] = [];
  let at = start;
  for (const span of spans) {
    if (span.start < at) continue;
    if (span.start > at) out.push({ type: 'text', text: text.slice(at, span.start) });
    out.push({
      type: 'mention',
      text: text.slice(span.start, span.end),
      node: span.node,
      label: span.label,
    });
    at = span.end;
  }
  if (at < end) out.push({ type: 'text', text: text.slice(at, end) });
  return out;
}
