// What the studio's keys and buttons ask for: move, accept, reject, edit, undo, relate two names, re-apply a change.
import type { Span } from '../../../contract/annotations.js';
import { RELATION_TYPE_LIST } from '../../state/vocabulary.js';
import { currentRelation, moveCursor, pointAt, toNextDraft } from '../state/cursor.js';
import {
  closeEdit,
  draftProblems,
  draftTold,
  draftWrite,
  evidenceFromSelection,
  openEdit,
  openNewRelation,
} from '../state/edit-draft.js';
import { dismissConflict } from '../state/review-load.js';
import { decideRelation, progressWords, reviewProgress } from '../state/review-status.js';
import { castOf, relationSentence, type Told } from '../state/relation-sentence.js';
import type { StudioState } from '../state/studio-state.js';
import {
  evidenceBetween,
  openEntity,
  pickMention,
  spanText,
  toggleHelp,
} from '../state/text-selection.js';
import type { StudioContext } from './studio-context.js';
import type { ReviewStatus } from '../../../graph/types.js';

export function sentenceIn(state: StudioState, told: Told): string {
  return relationSentence(told, castOf(state.annotations?.entities ?? [], state.article));
}

export function createReviewActions(ctx: StudioContext) {
  const { store, sync, tell } = ctx;
  const relationOf = (id?: string) => {
    if (id) store.update(pointAt(id));
    return currentRelation(store.get());
  };
  const decide = (status: ReviewStatus, id?: string) => {
    const relation = relationOf(id);
    if (!relation) return tell('No relation to review.');
    const write = decideRelation(relation, status, sentenceIn(store.get(), relation));
    void sync.send(write, toNextDraft());
  };
  const move = (step: 1 | -1) => {
    store.update(moveCursor(step));
    sayCurrent(ctx);
  };
  return {
    next: () => move(1),
    previous: () => move(-1),
    point: (id: string) => (store.update(pointAt(id)), sayCurrent(ctx)),
    accept: (id?: string) => decide('accepted', id),
    reject: (id?: string) => decide('rejected', id),
    edit(id?: string) {
      const relation = relationOf(id);
      if (relation) store.update(openEdit(relation));
    },
    undo: () => void sync.undo(),
    redraft: () =>
      void sync.send({ type: 'draft', said: 'Drafted again with the extractor' }, toNextDraft()),
    help: (open?: boolean) => store.update(toggleHelp(open)),
    saveEdit: () => saveEdit(ctx),
    cancelEdit: () => store.update(closeEdit()),
    useSelectionAsEvidence: () => useSelectionAsEvidence(ctx),
    mention: (entity: string, at: Span) => relateOrPick(ctx, entity, at),
    reapply() {
      const conflict = store.get().conflict;
      if (conflict) void sync.send(conflict.write);
    },
    dismissConflict: () => store.update(dismissConflict()),
    /** Escape: the innermost thing open closes (help, the form, the picked name). */
    escape: () => escape(ctx),
  };
}

export type ReviewActions = ReturnType<typeof createReviewActions>;

function useSelectionAsEvidence({ store, tell }: StudioContext): void {
  const { selection, article } = store.get();
  if (!selection || !article) return tell('Select the words of the evidence in the text first.');
  store.update(evidenceFromSelection(spanText(article, selection), selection));
  tell('The selected words are the evidence now.');
}

function escape({ store }: StudioContext): void {
  const state = store.get();
  if (state.help) return store.update(toggleHelp(false));
  if (state.edit) return store.update(closeEdit());
  if (state.picked !== null || state.entity !== null)
    store.update((s) => ({ ...s, picked: null, entity: null }));
}

function saveEdit({ store, sync, tell }: StudioContext): void {
  const state = store.get();
  const draft = state.edit;
  if (!draft) return;
  const problems = draftProblems(draft);
  if (problems.length) return tell(problems.join(' '));
  const was = draft.id === null ? null : currentRelation(state);
  const write = draftWrite(draft, was, sentenceIn(state, draftTold(draft)));
  if (!write) return (store.update(closeEdit()), tell('Nothing changed.'));
  void sync.send(write, closeEdit());
}

/** The first name clicked opens its card and waits; a second, other one opens a new relation between the two. */
function relateOrPick({ store, tell }: StudioContext, entity: string, at: Span): void {
  const state = store.get();
  if (state.picked === null || state.picked === entity || !state.article) {
    store.update((s) => openEntity(s.picked === entity ? null : entity)(pickMention(entity)(s)));
    return;
  }
  const evidence = evidenceBetween(state, at);
  if (!evidence) return tell('These words are in no sentence of the text.');
  const quote = spanText(state.article, evidence);
  store.update((s) =>
    openEntity(null)(
      openNewRelation(state.picked!, entity, RELATION_TYPE_LIST[0]!, quote, evidence)(s),
    ),
  );
}

/** The live region names the current item: "3 of 12, draft: Mao Zedong criticizes Nikita Khrushchev". */
function sayCurrent({ store, tell }: StudioContext): void {
  const state = store.get();
  const relation = currentRelation(state);
  const relations = state.annotations?.relations ?? [];
  if (!relation) return;
  const at = relations.indexOf(relation) + 1;
  tell(
    `${at} of ${relations.length}, ${relation.status}: ${sentenceIn(state, relation)}. ${progressWords(reviewProgress(state.annotations))}.`,
  );
}
