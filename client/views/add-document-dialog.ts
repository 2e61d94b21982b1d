// The Add a document dialog: pasted text or a picked file, its metadata, sent by the controller; refusals in words.
import { behaveAsModal } from './modal.js';
import { byId } from './dom.js';
import type { NewDocument } from '../../contract/schemas.js';
import { newDocumentBody } from '../state/new-document.js';

export interface AddDocumentActions {
  /** Is there an edit token in this tab? Without one the dialog says what is needed (and still lets one try). */
  canWrite(): boolean;
  /**
   * Sends the document: null once it is added (the controller opens it: drafted, in the studio, when `review`),
   * else the words of the refusal.
   */
  send(body: NewDocument, review: boolean): Promise<string | null>;
}

export interface AddDocumentDialog {
  open(): void;
}

/** Its listeners are removed when `signal` aborts; `opener` gets the focus back on close. */
export function createAddDocumentDialog(
  opener: HTMLElement,
  actions: AddDocumentActions,
  signal: AbortSignal,
): AddDocumentDialog {
  const dialog = byId<HTMLDialogElement>('add-dialog');
  const form = byId<HTMLFormElement>('add-form');
  const message = byId('add-message');
  const submit = byId<HTMLButtonElement>('add-submit');
  const say = (words: string) => (message.textContent = words);
  form.addEventListener(
    'submit',
    (event) => {
      event.preventDefault();
      void sendForm();
    },
    { signal },
  );
  async function sendForm(): Promise<void> {
    const body = newDocumentBody(await readForm());
    if ('missing' in body) return void say(body.missing);
    say('');
    submit.disabled = true;
    const refusal = await actions.send(body, byId<HTMLInputElement>('add-review').checked);
    submit.disabled = false;
    if (refusal) say(refusal);
  }
  byId('add-close').addEventListener('click', () => dialog.close(), { signal });
  behaveAsModal(dialog, opener, signal);
  return {
    open() {
      const writable = actions.canWrite();
      byId('add-token-note').hidden = writable;
      say('');
      dialog.showModal();
      byId('add-text').focus();
    },
  };
}

/** The fields as typed; a picked file is read in the page (File.text), never uploaded as a file. */
async function readForm() {
  const file = byId<HTMLInputElement>('add-file').files?.[0] ?? null;
  const value = (id: string) => byId<HTMLInputElement | HTMLTextAreaElement>(id).value;
  return {
    text: value('add-text'),
    file: file && { name: file.name, content: await file.text() },
    title: value('add-title'),
    author: value('add-author'),
    publication: value('add-publication'),
    date: value('add-date'),
  };
}
