// Cuts the document's text into runs for the studio's reader: mentions with their entity's review status, and evidence.
import type { ReviewEntity, Span } from '../../../contract/annotations.js';
import type { ReviewStatus } from '../../../graph/types.js';
import type { Article } from '../../types.js';

export interface Run {
  start: number;
  end: number;
  /** The entity this run mentions, with its review status. */
  mention?: { entity: string; status: ReviewStatus };
  /** Inside the current relation's evidence. */
  evidence: boolean;
}

export interface ParagraphRuns {
  section: string;
  runs: Run[];
}

interface Marks {
  entities: readonly ReviewEntity[];
  evidence: readonly Span[];
}

/** Every paragraph as runs, cut wherever a mention or a quote begins or ends (the selection stays the browser's). */
export function textRuns(article: Article, marks: Marks): ParagraphRuns[] {
  const mentions = mentionSpans(marks.entities);
  const cuts = new Set<number>();
  for (const span of [...mentions, ...marks.evidence]) cuts.add(span.start).add(span.end);
  return article.paragraphs.map((p) => ({
    section: p.section,
    runs: cutsWithin(p.start, p.end, cuts).map(([start, end]) => ({
      start,
      end,
      ...mentionAt(mentions, start),
      evidence: marks.evidence.some((s) => s.start <= start && end <= s.end),
    })),
  }));
}

interface MentionSpan extends Span {
  entity: string;
  status: ReviewStatus;
}

function mentionSpans(entities: readonly ReviewEntity[]): MentionSpan[] {
  return entities.flatMap((e) => e.mentions.map((m) => ({ ...m, entity: e.id, status: e.status })));
}

function mentionAt(mentions: readonly MentionSpan[], at: number): Pick<Run, 'mention'> {
  const found = mentions.find((m) => m.start <= at && at < m.end);
  return found ? { mention: { entity: found.entity, status: found.status } } : {};
}

/** [start, end) pieces of the paragraph between the cuts that fall inside it. */
function cutsWithin(start: number, end: number, cuts: ReadonlySet<number>): [number, number][] {
  const inside = [...cuts].filter((c) => c > start && c < end).sort((a, b) => a - b);
  const points = [start, ...inside, end];
  return points.slice(1).map((to, i) => [points[i]!, to]);
}
