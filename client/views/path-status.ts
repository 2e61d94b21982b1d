// The line above the path answers: which filters the question ran under, and a Clear button that puts the path away.
import { h, icon, replaceChildren } from './dom.js';
import { filterWords } from '../state/path-filters.js';
import { putPathAway } from './path-clearing.js';
import type { State } from '../types.js';

export function createPathStatus(root: HTMLElement, clearPath: () => void): (state: State) => void {
  const clear = h(
    'button',
    {
      type: 'button',
      id: 'path-clear',
      class: 'button',
      onclick: () => putPathAway(clearPath),
    },
    icon('close'),
    'Clear path',
  );
  return (state) => {
    const { request, status } = state.path;
    if (!request) return replaceChildren(root);
    const answered = status.type === 'done' ? status.answer.query : null;
    const words = answered ? filterWords(answered.filters, answered.directed) : [];
    replaceChildren(
      root,
      answered
        ? h(
            'p',
            { class: 'path-conditions', id: 'path-conditions' },
            words.length
              ? `Ran under the filters shown: ${words.join('; ')}.`
              : 'Ran with no filters: every entity and relation of the essay.',
          )
        : null,
      clear,
    );
  };
}
