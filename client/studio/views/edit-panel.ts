// The relation form: type (previewed), direction, polarity, modality, time and its source, who asserts it, evidence.
import { h, replaceChildren } from '../../views/dom.js';
import type { DateFrom, EditDraft } from '../state/edit-draft.js';
import { typeCombobox, type TypeOption } from './type-combobox.js';

export interface EditActions {
  change(change: Partial<EditDraft>): void;
  swap(): void;
  save(): void;
  cancel(): void;
}

/** The names and lists the form offers; `sentence` words a draft (for the preview). */
export interface EditChoices {
  types: readonly TypeOption[];
  polarities: readonly string[];
  modalities: readonly string[];
  /** The document's entities, for who asserts it: [id, label]. */
  speakers: readonly (readonly [string, string])[];
  author: string;
  nameOf(id: string): string;
  sentence(draft: EditDraft): string;
}

export interface EditPanel {
  /** Builds the form for a draft (a new relation or the current one), its type field focused. */
  open(draft: EditDraft, choices: EditChoices): void;
  /** Redraws what follows the draft (preview, direction, evidence, problems); the fields keep their own values. */
  update(draft: EditDraft, choices: EditChoices, problems: string[]): void;
  close(): void;
}

const DATE_FROM: Record<DateFrom, string> = {
  text: 'the text',
  tenure: 'the holder’s tenure',
  knowledge: 'general knowledge',
};

export function createEditPanel(
  root: HTMLElement,
  actions: EditActions,
  signal: AbortSignal,
): EditPanel {
  root.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      actions.cancel();
    },
    { signal },
  );
  return {
    open(draft, choices) {
      replaceChildren(root, form(draft, choices, actions));
      root.hidden = false;
      root.querySelector<HTMLInputElement>('[role=combobox]')?.focus();
    },
    update(draft, choices, problems) {
      text(root, '.edit-preview', choices.sentence(draft));
      text(
        root,
        '.edit-direction',
        `${choices.nameOf(draft.source)} → ${choices.nameOf(draft.target)}`,
      );
      text(root, '.edit-problems', problems.join(' '));
      const evidence = root.querySelector('.edit-evidence');
      if (evidence)
        replaceChildren(
          evidence,
          draft.evidence.map((q) => h('li', {}, `“${q}”`)),
        );
      root
        .querySelector<HTMLElement>('.edit-date-source')
        ?.toggleAttribute('hidden', draft.from === 'text');
    },
    close() {
      root.hidden = true;
      replaceChildren(root);
    },
  };
}

function text(root: HTMLElement, selector: string, words: string): void {
  const el = root.querySelector(selector);
  if (el) el.textContent = words;
}

function form(draft: EditDraft, choices: EditChoices, actions: EditActions): HTMLElement {
  const onSubmit = (event: Event) => (event.preventDefault(), actions.save());
  return h(
    'form',
    { class: 'edit-form', onsubmit: onSubmit },
    h(
      'h2',
      { id: 'edit-title', class: 'studio-heading' },
      draft.id ? 'Edit the relation' : 'A new relation',
    ),
    h('p', { class: 'edit-preview', 'aria-live': 'polite' }, choices.sentence(draft)),
    typeCombobox(choices.types, draft.relation, {
      preview: (relation) => actions.change({ relation }),
      chosen: (relation) => actions.change({ relation }),
    }),
    h(
      'div',
      { class: 'edit-row' },
      h('span', { class: 'edit-direction' }, ''),
      h(
        'button',
        { type: 'button', class: 'button small', onclick: () => actions.swap() },
        'Swap direction',
      ),
    ),
    stanceFields(draft, choices, actions),
    timeFields(draft, actions),
    choice(
      'Asserted by',
      draft.assertedBy ?? '',
      ['', ...choices.speakers.map(([id]) => id)],
      (v) => actions.change({ assertedBy: v || null }),
      choices.author,
      new Map(choices.speakers),
    ),
    ...evidenceAndButtons(draft, actions),
  );
}

/** Polarity and modality: empty is the default (the type's polarity, a fact). */
function stanceFields(draft: EditDraft, choices: EditChoices, actions: EditActions): HTMLElement {
  return h(
    'div',
    { class: 'edit-row' },
    choice(
      'Polarity',
      draft.polarity ?? '',
      ['', ...choices.polarities],
      (v) => actions.change({ polarity: (v || null) as EditDraft['polarity'] }),
      'the type’s',
    ),
    choice(
      'Modality',
      draft.modality ?? '',
      ['', ...choices.modalities],
      (v) => actions.change({ modality: (v || null) as EditDraft['modality'] }),
      'fact',
    ),
  );
}

function evidenceAndButtons(draft: EditDraft, actions: EditActions): HTMLElement[] {
  return [
    h(
      'p',
      { class: 'dialog-label' },
      'Evidence (select words in the text, then “Use selection as evidence”)',
    ),
    h('ul', { class: 'edit-evidence' }),
    h('p', { class: 'edit-problems', role: 'alert' }),
    h(
      'div',
      { class: 'dialog-row' },
      h('button', { type: 'button', class: 'button', onclick: () => actions.cancel() }, 'Cancel'),
      h(
        'button',
        { type: 'submit', class: 'button primary' },
        draft.id ? 'Save and accept' : 'Add the relation',
      ),
    ),
  ];
}

function timeFields(draft: EditDraft, actions: EditActions): HTMLElement {
  const year = (words: string, value: number | null, key: 'start' | 'end') =>
    h(
      'label',
      { class: 'dialog-label' },
      words,
      h('input', {
        class: 'input year',
        type: 'number',
        step: 1,
        value: value ?? '',
        oninput: (e: Event) => {
          const raw = (e.target as HTMLInputElement).value;
          actions.change({ [key]: raw === '' ? null : Number(raw) });
        },
      }),
    );
  return h(
    'fieldset',
    { class: 'edit-time' },
    h('legend', {}, 'Time'),
    year('From year', draft.start, 'start'),
    year('To year', draft.end, 'end'),
    choice(
      'Date from',
      draft.from,
      Object.keys(DATE_FROM),
      (v) => actions.change({ from: v as DateFrom }),
      null,
      new Map(Object.entries(DATE_FROM)),
    ),
    h(
      'label',
      { class: 'dialog-label edit-date-source', hidden: draft.from === 'text' },
      'Source of the date',
      h('input', {
        class: 'input',
        value: draft.dateSource,
        oninput: (e: Event) => actions.change({ dateSource: (e.target as HTMLInputElement).value }),
      }),
    ),
  );
}

/** A labelled select; the empty value reads `fallback` ("fact", the author), other values their name in `names`. */
function choice(
  words: string,
  value: string,
  values: readonly string[],
  changed: (value: string) => void,
  fallback: string | null,
  names: ReadonlyMap<string, string> = new Map(),
): HTMLElement {
  const options = values.map((v) =>
    h(
      'option',
      { value: v, selected: v === value },
      v === '' ? `(default: ${fallback ?? ''})` : (names.get(v) ?? v),
    ),
  );
  return h(
    'label',
    { class: 'dialog-label' },
    words,
    h(
      'select',
      { class: 'input', onchange: (e: Event) => changed((e.target as HTMLSelectElement).value) },
      options,
    ),
  );
}
