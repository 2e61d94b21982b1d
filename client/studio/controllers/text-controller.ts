// Draws the text as the state changes (mentions, the evidence of the current or edited relation) and the selection bar.
import { createDisplayCase, displayText } from '../../../graph/text/display-case.js';
import { watch } from '../../state/watch.js';
import { byId } from '../../views/dom.js';
import { currentRelation } from '../state/cursor.js';
import { selectText, spanText } from '../state/text-selection.js';
import { textRuns } from '../state/text-runs.js';
import type { StudioState } from '../state/studio-state.js';
import { createSelectionBar } from '../views/selection-bar.js';
import { createTextView } from '../views/text-view.js';
import type { ReviewActions } from './review-actions.js';
import type { StudioContext } from './studio-context.js';

let cased: { key: unknown; text: string } | null = null;

/** The text with its names' capitals restored (offsets unchanged), made once per article and set of entities. */
export function displayFormOf(state: StudioState): string {
  const { article, annotations } = state;
  if (!article) return '';
  const key = annotations?.entities ?? article;
  if (cased?.key !== key)
    cased = { key, text: displayText(article, createDisplayCase(annotations?.entities ?? [])) };
  return cased.text;
}

export function connectText(
  ctx: StudioContext,
  actions: ReviewActions,
  addEntity: () => void,
): void {
  const { store, disposer } = ctx;
  const view = createTextView(
    byId('studio-text-body'),
    { mention: actions.mention, select: (span) => store.update(selectText(span)) },
    disposer.signal,
  );
  const bar = createSelectionBar(
    { addEntity, useAsEvidence: actions.useSelectionAsEvidence },
    disposer.signal,
  );
  disposer.add(
    watch(store, ['annotations', 'article', 'current', 'edit', 'picked'], (state, previous) => {
      if (!state.article) return;
      const evidence = state.edit?.evidenceSpans ?? currentRelation(state)?.evidenceSpans ?? [];
      const entities = state.annotations?.entities ?? [];
      view.draw(
        textRuns(state.article, { entities, evidence }),
        displayFormOf(state),
        state.picked,
      );
      if (
        state.current !== previous?.current ||
        state.edit?.evidenceSpans !== previous?.edit?.evidenceSpans
      )
        view.revealEvidence();
    }),
  );
  disposer.add(
    watch(store, ['selection', 'edit'], (state) => {
      const words =
        state.selection && state.article
          ? spanText({ ...state.article, text: displayFormOf(state) }, state.selection)
          : null;
      bar.draw(words, state.edit !== null);
    }),
  );
}
