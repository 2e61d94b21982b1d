// The candidate relations as a listbox in reading order: each a sentence with its status, confidence and reason.
import { h, replaceChildren } from '../../views/dom.js';
import { REVIEW_STATUS_NAMES } from '../../state/vocabulary.js';
import type { ReviewStatus } from '../../../graph/types.js';

/** One candidate as the list shows it (the controller words it). */
export interface CandidateItem {
  id: string;
  sentence: string;
  status: ReviewStatus;
  confidence?: number;
  reason?: string;
  quote: string;
}

/** What the buttons on each candidate ask for (mouse and touch; the keyboard has single keys). */
export interface CandidateActions {
  point(id: string): void;
  accept(id: string): void;
  reject(id: string): void;
  edit(id: string): void;
}

export interface CandidateList {
  draw(items: CandidateItem[], current: string | null): void;
  focus(): void;
}

export function createCandidateList(
  root: HTMLElement,
  actions: CandidateActions,
  signal: AbortSignal,
): CandidateList {
  root.addEventListener('click', (event) => onClick(event, actions), { signal });
  return {
    draw(items, current) {
      replaceChildren(
        root,
        items.length
          ? items.map((item) => option(item, item.id === current))
          : h(
              'li',
              { class: 'muted', role: 'option', 'aria-disabled': 'true' },
              'No relation to review.',
            ),
      );
      if (current) root.setAttribute('aria-activedescendant', optionId(current));
      else root.removeAttribute('aria-activedescendant');
      root.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
    },
    focus: () => root.focus({ preventScroll: true }),
  };
}

function optionId(id: string): string {
  return `candidate-${id}`;
}

export function confidenceWords(confidence: number | undefined): string | null {
  return confidence === undefined ? null : `${Math.round(confidence * 100)}% confident`;
}

function option(item: CandidateItem, current: boolean): HTMLElement {
  return h(
    'li',
    {
      id: optionId(item.id),
      role: 'option',
      class: `candidate status-${item.status}${current ? ' current' : ''}`,
      'aria-selected': String(current),
      'data-id': item.id,
    },
    h('span', { class: `status-badge status-${item.status}` }, REVIEW_STATUS_NAMES[item.status]),
    h('p', { class: 'candidate-sentence' }, item.sentence),
    h('p', { class: 'candidate-quote' }, `“${item.quote}”`),
    h(
      'p',
      { class: 'candidate-why muted' },
      [confidenceWords(item.confidence), item.reason].filter(Boolean).join(' · '),
    ),
    // The keyboard has a, r and e; these are for the mouse and touch, so they stay out of the tab order.
    h(
      'span',
      { class: 'candidate-actions', 'aria-hidden': 'true' },
      button('accept', 'Accept', item.status === 'accepted'),
      button('reject', 'Reject', item.status === 'rejected'),
      button('edit', 'Edit', false),
    ),
  );
}

function button(action: string, words: string, pressed: boolean): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      class: `button small action-${action}`,
      tabindex: -1,
      'data-action': action,
      'aria-pressed': pressed ? 'true' : null,
    },
    words,
  );
}

function onClick(event: MouseEvent, actions: CandidateActions): void {
  const target = event.target as Element;
  const id = target.closest<HTMLElement>('[data-id]')?.dataset.id;
  if (!id) return;
  const action = target.closest<HTMLElement>('[data-action]')?.dataset.action;
  if (action === 'accept') actions.accept(id);
  else if (action === 'reject') actions.reject(id);
  else if (action === 'edit') actions.edit(id);
  else actions.point(id);
}
