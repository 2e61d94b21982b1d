// The studio's panels beside the list: the relation form, the conflict banner, the key help, the page's title and links.
import { RELATION_TYPES } from '../../../graph/relation-types.js';
import { VIEW_PARAMS } from '../../../contract/params.js';
import { MODALITY_LIST, POLARITY_LIST } from '../../state/vocabulary.js';
import { watch } from '../../state/watch.js';
import { byId, h, replaceChildren } from '../../views/dom.js';
import {
  changeDraft,
  draftProblems,
  draftTold,
  swapDirection,
  type EditDraft,
} from '../state/edit-draft.js';
import type { StudioState } from '../state/studio-state.js';
import { createConflictBanner } from '../views/conflict-banner.js';
import { createEditPanel, type EditChoices } from '../views/edit-panel.js';
import { createHelpDialog } from '../views/help-dialog.js';
import { KEY_HELP } from './keyboard.js';
import { sentenceIn, type ReviewActions } from './review-actions.js';
import type { StudioContext } from './studio-context.js';

const TYPES = Object.entries(RELATION_TYPES).map(([id, t]) => ({ id, label: t.label }));

export function connectPanels(ctx: StudioContext, actions: ReviewActions): void {
  const { store, disposer } = ctx;
  const { signal } = disposer;
  const panel = createEditPanel(
    byId('edit-panel'),
    {
      change: (change) => store.update(changeDraft(change)),
      swap: () => store.update(swapDirection()),
      save: actions.saveEdit,
      cancel: actions.cancelEdit,
    },
    signal,
  );
  disposer.add(
    watch(store, ['edit'], (state, previous) => {
      const draft = state.edit;
      if (!draft)
        return previous?.edit ? (panel.close(), byId('candidate-list').focus()) : undefined;
      const choices = choicesOf(state);
      if (!previous?.edit || previous.edit.id !== draft.id) panel.open(draft, choices);
      panel.update(draft, choices, draftProblems(draft));
    }),
  );
  const banner = createConflictBanner(
    { reapply: actions.reapply, dismiss: actions.dismissConflict },
    signal,
  );
  disposer.add(
    watch(store, ['conflict'], (state) => {
      const hadFocus = byId('studio-conflict').contains(document.activeElement);
      banner.draw(state.conflict?.write.said ?? null);
      // The banner's buttons go with it: the focus goes back to the list, where the keys act.
      if (hadFocus && !state.conflict) byId('candidate-list').focus();
    }),
  );
  const help = createHelpDialog(KEY_HELP, () => actions.help(false), signal);
  byId('studio-help-open').addEventListener('click', () => actions.help(true), { signal });
  byId('studio-draft').addEventListener('click', () => actions.redraft(), { signal });
  disposer.add(watch(store, ['help'], (state) => help.show(state.help)));
  disposer.add(watch(store, ['load', 'article'], drawPage));
}

function choicesOf(state: StudioState): EditChoices {
  const entities = state.annotations?.entities ?? [];
  const names = new Map(entities.map((e) => [e.id, e.label]));
  return {
    types: TYPES,
    polarities: POLARITY_LIST,
    modalities: MODALITY_LIST,
    speakers: entities.filter((e) => e.kind !== 'concept').map((e) => [e.id, e.label] as const),
    author: state.article?.meta.author ?? 'the author',
    nameOf: (id) => names.get(id) ?? id,
    sentence: (draft: EditDraft) => sentenceIn(state, draftTold(draft)),
  };
}

/** The title, the explorer's link to the document, or why it could not be loaded. */
function drawPage(state: StudioState): void {
  const title = state.article?.meta.title ?? state.slug;
  byId('studio-title').textContent = `Review: ${title}`;
  document.title = `Review: ${title} · Essay graph`;
  const search = new URLSearchParams({ [VIEW_PARAMS.doc.name]: state.slug });
  byId<HTMLAnchorElement>('studio-explorer').href = `/?${search}`;
  if (state.load.type === 'failed')
    replaceChildren(
      byId('studio-text-body'),
      h('p', { class: 'load-error', role: 'alert' }, state.load.detail),
    );
}
