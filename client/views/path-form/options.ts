// The path form's options: how many paths, how many hops at most, the year, facts only, arrow direction.
import { PATH_LIMITS } from '../../../graph/query/request.js';
import { DEFAULT_PATH_QUERY } from '../../state/initial-state.js';
import { h } from '../dom.js';
import type { PathQuery, YearRange } from '../../types.js';

type PathOptionValues = Pick<PathQuery, 'k' | 'maxHops' | 'at' | 'factsOnly' | 'directed'>;

export interface PathOptions {
  k: HTMLInputElement;
  maxHops: HTMLInputElement;
  at: HTMLInputElement;
  /** The options' fields and check boxes, laid out. */
  elements: HTMLElement[];
  read(): PathOptionValues;
  show(values: PathOptionValues): void;
}

const numberInput = (
  id: string,
  name: string,
  { min, max }: { min: number; max: number },
  extra: Record<string, string | number> = {},
) =>
  h('input', {
    id,
    name,
    type: 'number',
    class: 'input',
    min,
    max,
    ...extra,
    inputmode: 'numeric',
  });

export function createPathOptions(years: YearRange): PathOptions {
  const k = numberInput('path-k', 'k', PATH_LIMITS.k, { value: DEFAULT_PATH_QUERY.k });
  const maxHops = numberInput('path-hops', 'maxHops', PATH_LIMITS.maxHops, {
    value: DEFAULT_PATH_QUERY.maxHops,
  });
  const at = numberInput('path-at', 'at', years, { placeholder: 'any' });
  const facts = h('input', { id: 'path-facts', name: 'facts', type: 'checkbox' });
  const directed = h('input', { id: 'path-directed', name: 'directed', type: 'checkbox' });
  const field = (input: HTMLInputElement, label: string) =>
    h('div', { class: 'field small' }, h('label', { for: input.id }, label), input);
  const elements = [
    h(
      'div',
      { class: 'options' },
      field(k, 'Paths'),
      field(maxHops, 'Max hops'),
      field(at, 'In year'),
    ),
    h(
      'div',
      { class: 'checks' },
      h('label', { class: 'check' }, facts, 'Facts only'),
      h('label', { class: 'check' }, directed, 'Follow arrow direction'),
    ),
  ];
  return {
    k,
    maxHops,
    at,
    elements,
    read: () => ({
      k: Number(k.value),
      maxHops: Number(maxHops.value),
      factsOnly: facts.checked,
      directed: directed.checked,
      at: at.value === '' ? null : Number(at.value),
    }),
    show(values) {
      k.value = String(values.k);
      maxHops.value = String(values.maxHops);
      at.value = values.at === null ? '' : String(values.at);
      facts.checked = values.factsOnly;
      directed.checked = values.directed;
    },
  };
}
