// The path question: one-line query box, and a form with from / via (add, remove, reorder) / to and options.
import { createCombobox } from './combobox.js';
import { h, icon, replaceChildren } from './dom.js';
import { queryLineHelp } from './query-line-help.js';
import { searchEntities } from '../api.js';
import { PATH_LIMITS } from '../../graph/query/request.js';
import { DEFAULT_PATH_QUERY } from '../state/initial-state.js';
import { askPath, clearPath, moveVia, normalizePathQuery } from '../state/path.js';
import type { Store } from '../state/store.js';
import type { ExplorerGraph, PathQuery, PathRequest } from '../types.js';

export interface PathForm {
  /** Shows a request in the form (from the URL, history, or a panel action). */
  show(request: PathRequest | null): void;
  prefill(part: { from?: string; to?: string }): void;
  /** Marks the field an error names, or clears every mark (null). */
  markInvalid(parameter: string | null, messageId?: string): void;
  replaceField(parameter: string, id: string): void;
  submit(): void;
}

interface Field {
  input: HTMLInputElement;
}

export function createPathForm(root: HTMLElement, graph: ExplorerGraph, store: Store): PathForm {
  const labelOf = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id);
  const entityField = (name: string, labelText: string, placeholder: string): Field => {
    const input = h('input', {
      id: `path-${name}`,
      name,
      type: 'text',
      class: 'input',
      placeholder,
      'aria-describedby': 'path-help',
    });
    input.addEventListener('input', () => delete input.dataset.id);
    const wrap = h(
      'div',
      { class: 'field combobox' },
      h('label', { for: input.id }, labelText),
      input,
    );
    createCombobox({
      input,
      host: wrap,
      search: (q, signal) => searchEntities(q, signal),
      onChoose: (hit) => {
        input.value = hit.label;
        input.dataset.id = hit.id;
      },
    });
    fieldWraps.set(input, wrap);
    return { input };
  };
  const fieldWraps = new Map<HTMLInputElement, HTMLElement>();
  const valueOf = (input: HTMLInputElement) => input.dataset.id ?? input.value.trim();
  const setValue = (input: HTMLInputElement, idOrName: string) => {
    input.value = idOrName && graph.hasNode(idOrName) ? labelOf(idOrName) : idOrName;
    if (idOrName && graph.hasNode(idOrName)) input.dataset.id = idOrName;
    else delete input.dataset.id;
  };

  const from = entityField('from', 'From', 'e.g. Mao');
  const to = entityField('to', 'To', 'e.g. Putin');
  let vias: Field[] = [];
  const viaList = h('ol', { class: 'via-list', 'aria-label': 'Waypoints, in order' });
  const renderVias = () => {
    replaceChildren(
      viaList,
      vias.map((field, i) => {
        const wrap = fieldWraps.get(field.input)!;
        field.input.id = `path-via-${i}`;
        wrap.querySelector('label')!.setAttribute('for', field.input.id);
        wrap.querySelector('label')!.textContent = `Via ${vias.length > 1 ? i + 1 : ''}`.trim();
        return h(
          'li',
          { class: 'via-row' },
          wrap,
          h(
            'div',
            { class: 'via-buttons' },
            h(
              'button',
              {
                type: 'button',
                class: 'icon-button',
                'aria-label': `Move waypoint ${i + 1} up`,
                disabled: i === 0,
                onclick: () => reorder(i, -1),
              },
              icon('up'),
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'icon-button',
                'aria-label': `Move waypoint ${i + 1} down`,
                disabled: i === vias.length - 1,
                onclick: () => reorder(i, 1),
              },
              icon('down'),
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'icon-button',
                'aria-label': `Remove waypoint ${i + 1}`,
                onclick: () => removeVia(i),
              },
              icon('close'),
            ),
          ),
        );
      }),
    );
    addVia.disabled = vias.length >= PATH_LIMITS.via.max;
  };
  const addViaField = (value = '') => {
    const field = entityField(`via`, 'Via', 'a waypoint');
    setValue(field.input, value);
    vias.push(field);
    return field;
  };
  const reorder = (i: number, delta: number) => {
    const values = moveVia(
      vias.map((v) => `${v.input.dataset.id ? '#' : ''}${valueOf(v.input)}`),
      i,
      delta,
    );
    values.forEach((v, j) => setValue(vias[j]!.input, v.replace(/^#/, '')));
    renderVias();
    vias[i + delta]?.input.focus();
  };
  const removeVia = (i: number) => {
    vias.splice(i, 1);
    renderVias();
    (vias[Math.min(i, vias.length - 1)]?.input ?? addVia).focus();
  };
  const addVia = h(
    'button',
    {
      type: 'button',
      class: 'link-button',
      onclick: () => {
        const field = addViaField();
        renderVias();
        field.input.focus();
      },
    },
    icon('plus'),
    'Add a waypoint',
  );
  const swap = h(
    'button',
    {
      type: 'button',
      class: 'icon-button swap',
      'aria-label': 'Swap from and to',
      title: 'Swap from and to',
      onclick: () => {
        const a = valueOf(from.input);
        setValue(from.input, valueOf(to.input));
        setValue(to.input, a);
      },
    },
    icon('swap'),
  );

  const k = h('input', {
    id: 'path-k',
    name: 'k',
    type: 'number',
    class: 'input',
    min: PATH_LIMITS.k.min,
    max: PATH_LIMITS.k.max,
    value: DEFAULT_PATH_QUERY.k,
    inputmode: 'numeric',
  });
  const maxHops = h('input', {
    id: 'path-hops',
    name: 'maxHops',
    type: 'number',
    class: 'input',
    min: PATH_LIMITS.maxHops.min,
    max: PATH_LIMITS.maxHops.max,
    value: DEFAULT_PATH_QUERY.maxHops,
    inputmode: 'numeric',
  });
  const at = h('input', {
    id: 'path-at',
    name: 'at',
    type: 'number',
    class: 'input',
    min: store.get().years.min,
    max: store.get().years.max,
    placeholder: 'any',
    inputmode: 'numeric',
  });
  const facts = h('input', { id: 'path-facts', name: 'facts', type: 'checkbox' });
  const directed = h('input', { id: 'path-directed', name: 'directed', type: 'checkbox' });

  const findButton = h(
    'button',
    { type: 'submit', class: 'button primary wide' },
    icon('route'),
    'Find paths',
  );

  const readForm = (): PathQuery =>
    normalizePathQuery({
      from: valueOf(from.input),
      via: vias.map((v) => valueOf(v.input)),
      to: valueOf(to.input),
      k: Number(k.value),
      maxHops: Number(maxHops.value),
      factsOnly: facts.checked,
      directed: directed.checked,
      at: at.value === '' ? null : Number(at.value),
    });

  const form = h(
    'form',
    {
      class: 'path-form',
      'aria-labelledby': 'path-form-title',
      novalidate: true,
      onsubmit: (event: Event) => {
        event.preventDefault();
        const query = readForm();
        if (!query.from || !query.to) {
          (query.from ? to : from).input.focus();
          return;
        }
        store.update(askPath({ type: 'form', query }));
      },
    },
    h('h2', { id: 'path-form-title', class: 'panel-title' }, 'How are they connected?'),
    h(
      'div',
      { class: 'endpoints' },
      fieldWraps.get(from.input)!,
      viaList,
      h('div', { class: 'via-add' }, addVia),
      fieldWraps.get(to.input)!,
      swap,
    ),
    h(
      'div',
      { class: 'options' },
      h('div', { class: 'field small' }, h('label', { for: k.id }, 'Paths'), k),
      h('div', { class: 'field small' }, h('label', { for: maxHops.id }, 'Max hops'), maxHops),
      h('div', { class: 'field small' }, h('label', { for: at.id }, 'In year'), at),
    ),
    h(
      'div',
      { class: 'checks' },
      h('label', { class: 'check' }, facts, 'Facts only'),
      h('label', { class: 'check' }, directed, 'Follow arrow direction'),
    ),
    h(
      'p',
      { id: 'path-help', class: 'help' },
      'Names are matched loosely: “krushchev” finds Khrushchev.',
    ),
    findButton,
  );
  // Emptying both ends puts the path away, as the Clear button does.
  form.addEventListener('input', () => {
    if (valueOf(from.input) || valueOf(to.input) || vias.some((v) => valueOf(v.input))) return;
    if (store.get().path.request?.type === 'form') store.update(clearPath());
  });

  const line = h('input', {
    id: 'query-line',
    name: 'q',
    type: 'search',
    class: 'input mono',
    placeholder: 'mao -> khrushchev -> stalin k=3',
    'aria-describedby': 'query-line-help',
    spellcheck: 'false',
    autocomplete: 'off',
  });
  const lineForm = h(
    'form',
    {
      class: 'query-line',
      role: 'search',
      'aria-label': 'One-line path query',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const text = line.value.trim();
        if (text) store.update(askPath({ type: 'line', line: text }));
      },
    },
    h('label', { for: line.id, class: 'sr-only' }, 'One-line path query'),
    h('div', { class: 'line-row' }, line, h('button', { type: 'submit', class: 'button' }, 'Ask')),
    queryLineHelp('query-line-help'),
  );

  replaceChildren(
    root,
    form,
    h('div', { class: 'divider', role: 'separator' }, h('span', {}, 'or')),
    lineForm,
  );
  renderVias();

  return {
    show(request) {
      if (!request) return;
      if (request.type === 'line') {
        line.value = request.line;
        return;
      }
      const q = request.query;
      setValue(from.input, q.from);
      setValue(to.input, q.to);
      vias = [];
      for (const v of q.via) addViaField(v);
      renderVias();
      k.value = String(q.k);
      maxHops.value = String(q.maxHops);
      at.value = q.at === null ? '' : String(q.at);
      facts.checked = q.factsOnly;
      directed.checked = q.directed;
    },
    prefill(part) {
      if (part.from !== undefined) setValue(from.input, part.from);
      if (part.to !== undefined) setValue(to.input, part.to);
      // The keyboard goes on to what is left to do: the other end if it is empty, else "Find paths".
      const next = part.from !== undefined ? to.input : from.input;
      (valueOf(next) ? findButton : next).focus({ preventScroll: true });
    },
    markInvalid(parameter, messageId) {
      for (const input of [
        from.input,
        to.input,
        ...vias.map((v) => v.input),
        k,
        maxHops,
        at,
        line,
      ]) {
        input.removeAttribute('aria-invalid');
        input.setAttribute('aria-describedby', input === line ? 'query-line-help' : 'path-help');
      }
      const target = fieldFor(parameter);
      if (target) {
        target.setAttribute('aria-invalid', 'true');
        if (messageId) target.setAttribute('aria-describedby', `${messageId} path-help`);
      }
    },
    replaceField(parameter, id) {
      const target = fieldFor(parameter);
      if (target && target !== line) setValue(target, id);
    },
    submit: () => form.requestSubmit(),
  };

  function fieldFor(parameter: string | null): HTMLInputElement | null {
    if (!parameter) return null;
    if (store.get().path.request?.type === 'line') return line;
    if (parameter === 'from') return from.input;
    if (parameter === 'to') return to.input;
    if (parameter === 'k') return k;
    if (parameter === 'maxHops') return maxHops;
    if (parameter === 'at') return at;
    const via = /^via(?:\.|\[)?(\d+)?/.exec(parameter);
    if (via) return vias[Number(via[1] ?? 0)]?.input ?? null;
    return null;
  }
}
