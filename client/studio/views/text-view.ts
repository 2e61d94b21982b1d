// The studio's reader: the text with its mentions (draft dashed, accepted solid, rejected faint) and the current evidence.
import type { Span } from '../../../contract/annotations.js';
import { h, replaceChildren } from '../../views/dom.js';
import type { ParagraphRuns, Run } from '../state/text-runs.js';

/** What the text asks for: a mention clicked, words selected (null when the selection left the text). */
export interface TextActions {
  mention(entity: string, at: Span): void;
  select(span: Span | null): void;
}

export interface TextView {
  /** Draws the runs over `shown` (the text in display form; offsets are the article's). */
  draw(paragraphs: ParagraphRuns[], shown: string, picked: string | null): void;
  /** Brings the current evidence into view. */
  revealEvidence(): void;
}

export function createTextView(
  root: HTMLElement,
  actions: TextActions,
  signal: AbortSignal,
): TextView {
  root.addEventListener('click', (event) => onMentionClick(event, actions), { signal });
  document.addEventListener('selectionchange', () => actions.select(selectedSpan(root)), {
    signal,
  });
  return {
    draw(paragraphs, shown, picked) {
      replaceChildren(
        root,
        paragraphs.map((p) =>
          h(
            'p',
            { class: `studio-paragraph studio-section-${p.section}` },
            p.runs.map((r) => runElement(r, shown, picked)),
          ),
        ),
      );
    },
    revealEvidence() {
      root.querySelector('.evidence')?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    },
  };
}

function runElement(run: Run, shown: string, picked: string | null): HTMLElement {
  const text = shown.slice(run.start, run.end);
  const classes = [
    run.evidence ? 'evidence' : '',
    run.mention ? `mention status-${run.mention.status}` : '',
    run.mention && run.mention.entity === picked ? 'picked' : '',
  ].filter(Boolean);
  return h(
    'span',
    {
      class: classes.join(' ') || null,
      'data-start': run.start,
      'data-entity': run.mention?.entity,
      'data-status': run.mention?.status,
    },
    text,
  );
}

function onMentionClick(event: MouseEvent, actions: TextActions): void {
  // A click that ends a selection selects; only a plain click on a name picks it.
  if (!document.getSelection()?.isCollapsed) return;
  const el = (event.target as Element).closest<HTMLElement>('[data-entity]');
  if (!el?.dataset.entity) return;
  const start = Number(el.dataset.start);
  actions.mention(el.dataset.entity, { start, end: start + (el.textContent ?? '').length });
}

/** The selection as a span of the article, when it lies inside the text; null otherwise. */
function selectedSpan(root: HTMLElement): Span | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const start = offsetOf(root, range.startContainer, range.startOffset);
  const end = offsetOf(root, range.endContainer, range.endOffset);
  return start !== null && end !== null && end > start ? { start, end } : null;
}

/** A DOM position inside a run, as an offset into the article (each run says where it starts). */
function offsetOf(root: HTMLElement, node: Node, offset: number): number | null {
  const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const run = el?.closest<HTMLElement>('[data-start]');
  if (!run || !root.contains(run)) return null;
  const base = Number(run.dataset.start);
  return node.nodeType === Node.TEXT_NODE
    ? base + offset
    : base + (offset > 0 ? (run.textContent ?? '').length : 0);
}
