// The card of the entity whose mention was clicked: its review state, accept or reject, merge into a known entity.
import type { ReviewEntity } from '../../../contract/annotations.js';
import { KIND_SINGULAR } from '../../../graph/kind-names.js';
import { createCombobox } from '../../views/combobox.js';
import { h, replaceChildren } from '../../views/dom.js';
import { REVIEW_STATUS_NAMES } from '../../state/vocabulary.js';
import type { EntityHit } from '../../types.js';
import { confidenceWords } from './candidate-list.js';

export interface EntityActions {
  accept(id: string): void;
  reject(id: string): void;
  mergeInto(id: string, into: EntityHit): void;
  close(): void;
  search(q: string, signal: AbortSignal): Promise<EntityHit[]>;
}

export interface EntityCard {
  /** Shows the entity (null hides the card); `picked` says a second name clicked will relate the two. */
  draw(entity: ReviewEntity | null): void;
}

export function createEntityCard(
  root: HTMLElement,
  actions: EntityActions,
  signal: AbortSignal,
): EntityCard {
  let shown: ReviewEntity | null = null;
  let searching: AbortController | null = null;
  signal.addEventListener('abort', () => searching?.abort(), { once: true });
  return {
    draw(entity) {
      if (entity === shown) return;
      shown = entity;
      searching?.abort();
      root.hidden = entity === null;
      if (!entity) return replaceChildren(root);
      searching = new AbortController();
      replaceChildren(root, card(entity, actions, searching.signal));
    },
  };
}

function card(entity: ReviewEntity, actions: EntityActions, signal: AbortSignal): HTMLElement[] {
  const facts = [
    KIND_SINGULAR[entity.kind],
    entity.home === 'registry' ? 'in the registry' : 'of this document',
    confidenceWords(entity.confidence),
  ].filter(Boolean);
  return [
    h(
      'h2',
      { class: 'studio-heading' },
      entity.label,
      ' ',
      h(
        'span',
        { class: `status-badge status-${entity.status}` },
        REVIEW_STATUS_NAMES[entity.status],
      ),
    ),
    h('p', { class: 'muted' }, facts.join(' · ')),
    entity.reason ? h('p', { class: 'muted' }, entity.reason) : null,
    h('p', { class: 'studio-hint' }, 'Click another name in the text to relate the two.'),
    h(
      'div',
      { class: 'dialog-row' },
      // The registry's entities are reviewed where they are declared; a document's own are reviewed here.
      entity.home === 'document'
        ? [
            h(
              'button',
              { type: 'button', class: 'button small', onclick: () => actions.accept(entity.id) },
              'Accept entity',
            ),
            h(
              'button',
              { type: 'button', class: 'button small', onclick: () => actions.reject(entity.id) },
              'Reject entity',
            ),
          ]
        : null,
      h(
        'button',
        { type: 'button', class: 'button small', onclick: () => actions.close() },
        'Close',
      ),
    ),
    entity.home === 'document' ? mergeField(entity, actions, signal) : null,
  ].filter((el): el is HTMLElement => el !== null);
}

/** Merge a draft entity into a known one: found with the explorer's entity search. */
function mergeField(
  entity: ReviewEntity,
  actions: EntityActions,
  signal: AbortSignal,
): HTMLElement {
  const input = h('input', {
    id: `merge-${entity.id}`,
    class: 'input',
    placeholder: 'Search the registry',
  });
  const host = h(
    'div',
    { class: 'combobox-host' },
    h('label', { for: input.id, class: 'dialog-label' }, `Merge ${entity.label} into…`),
    input,
  );
  createCombobox({
    input,
    host,
    signal,
    search: async (q, s) => (await actions.search(q, s)).filter((hit) => hit.id !== entity.id),
    onChoose: (hit) => actions.mergeInto(entity.id, hit),
  });
  return host;
}
