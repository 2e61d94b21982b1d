// Draws the candidate list and the progress bar as the annotations and the cursor change.
import { watch } from '../../state/watch.js';
import { byId } from '../../views/dom.js';
import { reviewProgress } from '../state/review-status.js';
import { createCandidateList, type CandidateItem } from '../views/candidate-list.js';
import { drawProgress } from '../views/progress-view.js';
import type { StudioState } from '../state/studio-state.js';
import type { ReviewRelation } from '../../../contract/annotations.js';
import { displayFormOf } from './text-controller.js';
import { sentenceIn, type ReviewActions } from './review-actions.js';
import type { StudioContext } from './studio-context.js';

export function connectList({ store, disposer }: StudioContext, actions: ReviewActions): void {
  const list = createCandidateList(
    byId('candidate-list'),
    { point: actions.point, accept: actions.accept, reject: actions.reject, edit: actions.edit },
    disposer.signal,
  );
  disposer.add(
    watch(store, ['annotations', 'current', 'busy'], (state) => {
      list.draw(itemsOf(state), state.current);
      byId('candidate-list').setAttribute('aria-busy', String(state.busy));
      drawProgress(reviewProgress(state.annotations));
    }),
  );
  // Once the document is there, the list takes the keyboard focus: the keys act on it.
  disposer.add(
    watch(store, ['load'], (state, previous) => {
      if (state.load.type === 'ready' && previous?.load.type !== 'ready') list.focus();
    }),
  );
}

/** The quotes as read (capitals restored), from their spans; as written when a span is missing. */
function quotesOf(state: StudioState, relation: ReviewRelation): string {
  const shown = displayFormOf(state);
  const spans = relation.evidenceSpans;
  if (spans.length !== relation.evidence.length) return relation.evidence.join(' … ');
  return spans.map((s) => shown.slice(s.start, s.end)).join(' … ');
}

function itemsOf(state: StudioState): CandidateItem[] {
  return (state.annotations?.relations ?? []).map((r) => ({
    id: r.id,
    sentence: sentenceIn(state, r),
    status: r.status,
    ...(r.confidence === undefined ? {} : { confidence: r.confidence }),
    ...(r.reason === undefined ? {} : { reason: r.reason }),
    quote: quotesOf(state, r),
  }));
}
