// The path question: a form with from / via (add, remove, reorder) / to and options, and the one-line query box.
import { normalizePathQuery } from '../state/path.js';
import { h, icon, replaceChildren } from './dom.js';
import { createEntityField, type EntitySearch } from './path-form/entity-field.js';
import { createPathOptions } from './path-form/options.js';
import { createQueryLine } from './path-form/query-line.js';
import { createViaList } from './path-form/via-list.js';
import type { ExplorerGraph, PathQuery, PathRequest, YearRange } from '../types.js';

export interface PathForm {
  /** Shows a request in the form (from the URL, history, or a panel action). */
  show(request: PathRequest | null): void;
  prefill(part: { from?: string; to?: string }): void;
  /** Marks the field an error names, or clears every mark (null). */
  markInvalid(parameter: string | null, messageId?: string): void;
  replaceField(parameter: string, id: string): void;
  submit(): void;
}

export interface PathFormActions {
  ask(request: PathRequest): void;
  /** Both ends emptied: the form's path is put away, as the Clear button does. */
  emptied(): void;
  /** The question on screen, or null. */
  current(): PathRequest | null;
  /** Matches a typed name to entities (the fields' suggestion lists). */
  search: EntitySearch;
}

type Parts = ReturnType<typeof createParts>;

function createParts(graph: ExplorerGraph, years: YearRange, actions: PathFormActions) {
  return {
    from: createEntityField(graph, actions.search, 'from', 'From', 'e.g. Mao'),
    to: createEntityField(graph, actions.search, 'to', 'To', 'e.g. Putin'),
    vias: createViaList(graph, actions.search),
    options: createPathOptions(years),
    line: createQueryLine((line) => actions.ask({ type: 'line', line })),
    find: h(
      'button',
      { type: 'submit', class: 'button primary wide' },
      icon('route'),
      'Find paths',
    ),
  };
}

export function createPathForm(
  root: HTMLElement,
  graph: ExplorerGraph,
  years: YearRange,
  actions: PathFormActions,
): PathForm {
  const parts = createParts(graph, years, actions);
  const form = buildForm(parts, (query) => actions.ask({ type: 'form', query }));
  form.addEventListener('input', () => {
    const values = entityFields(parts).map((f) => f.value());
    if (values.every((v) => !v) && actions.current()?.type === 'form') actions.emptied();
  });
  const separator = h('div', { class: 'divider', role: 'separator' }, h('span', {}, 'or'));
  replaceChildren(root, form, separator, parts.line.form);
  const fieldFor = (parameter: string | null) => invalidField(parts, actions.current(), parameter);
  return {
    show: (request) => showRequest(parts, request),
    prefill(part) {
      if (part.from !== undefined) parts.from.set(part.from);
      if (part.to !== undefined) parts.to.set(part.to);
      // The keyboard goes on to what is left to do: the other end if it is empty, else "Find paths".
      const next = part.from !== undefined ? parts.to : parts.from;
      (next.value() ? parts.find : next.input).focus({ preventScroll: true });
    },
    markInvalid: (parameter, messageId) => markInvalid(parts, fieldFor(parameter), messageId),
    replaceField(parameter, id) {
      const target = fieldFor(parameter);
      const field = entityFields(parts).find((f) => f.input === target);
      field?.set(id);
    },
    submit: () => form.requestSubmit(),
  };
}

/** Every field that names an entity: the ends and the waypoints, in no particular order. */
function entityFields(parts: Parts) {
  return [parts.from, parts.to, ...parts.vias.fields()];
}

function buildForm(parts: Parts, ask: (query: PathQuery) => void): HTMLFormElement {
  const { from, to, vias, options } = parts;
  const swap = () => {
    const a = from.value();
    from.set(to.value());
    to.set(a);
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const query = normalizePathQuery({
      from: from.value(),
      via: vias.fields().map((v) => v.value()),
      to: to.value(),
      ...options.read(),
    });
    if (query.from && query.to) return ask(query);
    (query.from ? to : from).input.focus();
  };
  const swapAttrs = { type: 'button', class: 'icon-button swap', 'aria-label': 'Swap from and to' };
  return h(
    'form',
    {
      class: 'path-form',
      'aria-labelledby': 'path-form-title',
      novalidate: true,
      onsubmit: submit,
    },
    h('h2', { id: 'path-form-title', class: 'panel-title' }, 'How are they connected?'),
    h(
      'div',
      { class: 'endpoints' },
      from.wrap,
      vias.list,
      h('div', { class: 'via-add' }, vias.add),
      to.wrap,
      h('button', { ...swapAttrs, title: 'Swap from and to', onclick: swap }, icon('swap')),
    ),
    ...options.elements,
    h(
      'p',
      { id: 'path-help', class: 'help' },
      'Names are matched loosely: “krushchev” finds Khrushchev.',
    ),
    parts.find,
  );
}

function showRequest(parts: Parts, request: PathRequest | null): void {
  if (!request) return;
  if (request.type === 'line') {
    parts.line.input.value = request.line;
    return;
  }
  const q = request.query;
  parts.from.set(q.from);
  parts.to.set(q.to);
  parts.vias.show(q.via);
  parts.options.show(q);
}

function markInvalid(parts: Parts, target: HTMLInputElement | null, messageId?: string): void {
  const { from, to, vias, options, line } = parts;
  const inputs = [from.input, to.input, ...vias.fields().map((v) => v.input)];
  for (const input of [...inputs, options.k, options.maxHops, options.at, line.input]) {
    input.removeAttribute('aria-invalid');
    input.setAttribute('aria-describedby', input === line.input ? 'query-line-help' : 'path-help');
  }
  if (!target) return;
  target.setAttribute('aria-invalid', 'true');
  if (messageId) target.setAttribute('aria-describedby', `${messageId} path-help`);
}

/** The input an API problem's `parameter` names (`from`, `via[1]`, `k`…), or the query line for a line question. */
function invalidField(
  parts: Parts,
  request: PathRequest | null,
  parameter: string | null,
): HTMLInputElement | null {
  if (!parameter) return null;
  if (request?.type === 'line') return parts.line.input;
  const named: Record<string, HTMLInputElement> = {
    from: parts.from.input,
    to: parts.to.input,
    k: parts.options.k,
    maxHops: parts.options.maxHops,
    at: parts.options.at,
  };
  if (named[parameter]) return named[parameter];
  const via = /^via(?:\.|\[)?(\d+)?/.exec(parameter);
  if (via) return parts.vias.fields()[Number(via[1] ?? 0)]?.input ?? null;
  return null;
}
