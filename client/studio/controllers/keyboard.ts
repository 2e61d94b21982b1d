// The studio's single keys: one table, read by the keydown handler and shown by the help overlay.
import type { Disposer } from '../../lifecycle/disposer.js';
import type { ReviewActions } from './review-actions.js';

type Binding = readonly [
  keys: readonly string[],
  shown: string,
  what: string,
  run: (a: ReviewActions) => void,
];

const KEYS: readonly Binding[] = [
  [['j', 'ArrowDown'], 'j or ↓', 'Next relation', (a) => a.next()],
  [['k', 'ArrowUp'], 'k or ↑', 'Previous relation', (a) => a.previous()],
  [['a'], 'a', 'Accept the relation (and its two entities)', (a) => a.accept()],
  [['r'], 'r', 'Reject the relation (it stays listed, as rejected)', (a) => a.reject()],
  [
    ['e'],
    'e',
    'Edit the relation: type, direction, polarity, modality, time, speaker, evidence',
    (a) => a.edit(),
  ],
  [['u'], 'u', 'Undo the last change', (a) => a.undo()],
  [
    ['d'],
    'd',
    'Draft again: the extractor replaces the drafts; what you accepted or rejected stays',
    (a) => a.redraft(),
  ],
  [['?'], '?', 'Show these keys', (a) => a.help(true)],
  [['Escape'], 'Escape', 'Close what is open (help, the form, a picked name)', (a) => a.escape()],
];

/** The keys as the help overlay lists them. */
export const KEY_HELP = KEYS.map(([, shown, what]) => [shown, what] as const);

/** Keys act unless the reader is in a field, the form or a card, or a modal dialog (help, adding an entity) is open. */
export function connectKeyboard(actions: ReviewActions, disposer: Disposer): void {
  disposer.listen(document, 'keydown', (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    // In a field, the form or a card the keys are theirs; Escape still closes what is open.
    if (inPanel(event.target) && event.key !== 'Escape') return;
    if (document.querySelector('dialog[open]') && event.key !== 'Escape') return;
    const binding = KEYS.find(([keys]) => keys.includes(event.key));
    if (!binding) return;
    // The help dialog closes itself on Escape; the form and a picked name are the studio's to close.
    if (event.key === 'Escape' && document.querySelector('dialog[open]')) return;
    event.preventDefault();
    binding[3](actions);
  });
}

function inPanel(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const field =
    target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
  return field || target.closest('#edit-panel, #entity-card') !== null;
}
