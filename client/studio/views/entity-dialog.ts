// The dialog the selected words open: a new entity (kind, label), or the words as an alias of a known entity.
import type { NewEntity } from '../../../contract/annotations.js';
import { KIND_SINGULAR } from '../../../graph/kind-names.js';
import { createCombobox } from '../../views/combobox.js';
import { byId, h, replaceChildren } from '../../views/dom.js';
import { behaveAsModal } from '../../views/modal.js';
import { ENTITY_KINDS_LIST } from '../../state/vocabulary.js';
import type { EntityHit } from '../../types.js';

export interface EntityDialogActions {
  /** Sends the entity; answers the words of a refusal, or null once added. */
  add(body: NewEntity): Promise<string | null>;
  search(q: string, signal: AbortSignal): Promise<EntityHit[]>;
}

export interface EntityDialog {
  /** Opens for the selected words (`verbatim` as the text has them, `shown` as read). */
  open(verbatim: string, shown: string): void;
}

/** The words the dialog is open for, and the known entity chosen for them (in "an entity already known"). */
interface Chosen {
  words: string;
  linked: EntityHit | null;
}

export function createEntityDialog(
  actions: EntityDialogActions,
  signal: AbortSignal,
): EntityDialog {
  const dialog = byId<HTMLDialogElement>('entity-dialog');
  replaceChildren(
    byId('entity-kind'),
    ENTITY_KINDS_LIST.map((k) => h('option', { value: k }, KIND_SINGULAR[k])),
  );
  const chosen: Chosen = { words: '', linked: null };
  createCombobox({
    input: byId<HTMLInputElement>('entity-search'),
    host: byId('entity-link-fields'),
    search: actions.search,
    onChoose: (hit) => {
      chosen.linked = hit;
      byId('entity-chosen').textContent = `“${chosen.words}” will name ${hit.label} in this text.`;
    },
    signal,
  });
  dialog.addEventListener('change', () => showMode(dialog), { signal });
  byId('entity-cancel').addEventListener('click', () => dialog.close(), { signal });
  byId('entity-form').addEventListener(
    'submit',
    (event) => submit(event, dialog, chosen, actions),
    {
      signal,
    },
  );
  behaveAsModal(dialog, byId('candidate-list'), signal);
  return {
    open(verbatim, shown) {
      Object.assign(chosen, { words: verbatim, linked: null });
      byId<HTMLInputElement>('entity-label').value = shown;
      byId<HTMLInputElement>('entity-search').value = shown;
      byId('entity-dialog-words').textContent = `“${shown}”`;
      byId('entity-chosen').textContent = '';
      byId('entity-message').textContent = '';
      showMode(dialog);
      dialog.showModal();
    },
  };
}

function modeOf(dialog: HTMLDialogElement): string {
  return dialog.querySelector<HTMLInputElement>('[name=entity-mode]:checked')?.value ?? 'new';
}

/** Shows the fields of the choice made: a new entity's, or the search for a known one. */
function showMode(dialog: HTMLDialogElement): void {
  byId('entity-new-fields').hidden = modeOf(dialog) !== 'new';
  byId('entity-link-fields').hidden = modeOf(dialog) !== 'link';
}

/** Sends the entity; the dialog closes once it is added, and says what is missing or refused otherwise. */
function submit(
  event: Event,
  dialog: HTMLDialogElement,
  chosen: Chosen,
  actions: EntityDialogActions,
): void {
  event.preventDefault();
  const kind = byId<HTMLSelectElement>('entity-kind').value;
  const body = bodyOf(modeOf(dialog), chosen.words, chosen.linked, kind);
  if (typeof body === 'string') return void (byId('entity-message').textContent = body);
  void actions.add(body).then((refusal) => {
    byId('entity-message').textContent = refusal ?? '';
    if (refusal === null) dialog.close();
  });
}

/** The body to send, or what is missing. */
function bodyOf(
  mode: string,
  words: string,
  linked: EntityHit | null,
  kind: string,
): NewEntity | string {
  if (mode === 'link')
    return linked ? { linkTo: linked.id, alias: words } : 'Choose the entity these words name.';
  const label = byId<HTMLInputElement>('entity-label').value.trim();
  if (!label) return 'Give the entity a label.';
  return { kind: kind as (typeof ENTITY_KINDS_LIST)[number], label, aliases: [words] };
}
