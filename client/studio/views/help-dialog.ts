// The key help overlay (?): every single key of the studio, listed from the one table the keyboard uses.
import { byId, h, replaceChildren } from '../../views/dom.js';
import { behaveAsModal } from '../../views/modal.js';

export interface HelpDialog {
  show(open: boolean): void;
}

/** `keys` are [key, what it does] pairs; `closed` tells the state when the dialog closes (Escape, the button). */
export function createHelpDialog(
  keys: readonly (readonly [string, string])[],
  closed: () => void,
  signal: AbortSignal,
): HelpDialog {
  const dialog = byId<HTMLDialogElement>('help-dialog');
  replaceChildren(
    byId('help-keys'),
    keys.flatMap(([key, what]) => [h('dt', {}, h('kbd', {}, key)), h('dd', {}, what)]),
  );
  dialog.addEventListener('close', closed, { signal });
  behaveAsModal(dialog, byId('candidate-list'), signal);
  return {
    show(open) {
      if (open && !dialog.open) dialog.showModal();
      if (!open && dialog.open) dialog.close();
    },
  };
}
