// The one-line path query (`mao -> khrushchev k=3`), the form's shorthand.
import { h } from '../dom.js';
import { queryLineHelp } from '../query-line-help.js';

export interface QueryLine {
  form: HTMLFormElement;
  input: HTMLInputElement;
}

/** `ask` gets the trimmed line; an empty line asks nothing. */
export function createQueryLine(ask: (line: string) => void): QueryLine {
  const input = h('input', {
    id: 'query-line',
    name: 'q',
    type: 'search',
    class: 'input mono',
    placeholder: 'mao -> khrushchev -> stalin k=3',
    'aria-describedby': 'query-line-help',
    spellcheck: 'false',
    autocomplete: 'off',
  });
  const form = h(
    'form',
    {
      class: 'query-line',
      role: 'search',
      'aria-label': 'One-line path query',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const text = input.value.trim();
        if (text) ask(text);
      },
    },
    h('label', { for: input.id, class: 'sr-only' }, 'One-line path query'),
    h('div', { class: 'line-row' }, input, h('button', { type: 'submit', class: 'button' }, 'Ask')),
    queryLineHelp('query-line-help'),
  );
  return { form, input };
}
