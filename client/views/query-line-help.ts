// The one-line query box's help, written from the syntax's own option list: it can only name what the parser takes.
import { h } from './dom.js';
import { QUERY_EXAMPLES, QUERY_OPTIONS } from '../../graph/query/syntax-options.js';

/** "Or type it: `<example>`. Options: `k=3`, `maxHops=4`, …", each option titled with what it does. */
export function queryLineHelp(id: string): HTMLParagraphElement {
  const options = QUERY_OPTIONS.flatMap((o, i) => [
    i === 0 ? '' : ', ',
    h('code', { class: 'query-option', title: o.help }, o.example),
  ]);
  return h(
    'p',
    { id, class: 'help' },
    'Or type it: ',
    h('code', { class: 'query-example' }, QUERY_EXAMPLES[0]),
    '. Options: ',
    ...options,
    '.',
  );
}
