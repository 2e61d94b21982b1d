// The cursor over the candidate relations: next, previous, pointed at, and after a decision the next one undecided.
import type { ReviewRelation } from '../../../contract/annotations.js';
import type { StudioProducer, StudioState } from './studio-state.js';

/** The relation under review, or null (none loaded, none in the document). */
export function currentRelation(state: StudioState): ReviewRelation | null {
  const relations = state.annotations?.relations ?? [];
  return relations.find((r) => r.id === state.current) ?? null;
}

/** j/k: one step down or up the list, staying at its ends. */
export const moveCursor =
  (step: 1 | -1): StudioProducer =>
  (state) => {
    const relations = state.annotations?.relations ?? [];
    if (relations.length === 0) return state;
    const at = relations.findIndex((r) => r.id === state.current);
    const next = Math.min(relations.length - 1, Math.max(0, at + step));
    return pointAt(relations[next]!.id)(state);
  };

/** A click or tap on a candidate. */
export const pointAt =
  (id: string): StudioProducer =>
  (state) =>
    state.current === id ? state : { ...state, current: id };

/**
 * After a decision: the next draft below the current one, else the first draft above it, else stay (all reviewed).
 */
export const toNextDraft = (): StudioProducer => (state) => {
  const relations = state.annotations?.relations ?? [];
  const at = relations.findIndex((r) => r.id === state.current);
  const below = relations.slice(at + 1).find((r) => r.status === 'draft');
  const any = below ?? relations.find((r) => r.status === 'draft' && r.id !== state.current);
  return any ? pointAt(any.id)(state) : state;
};
