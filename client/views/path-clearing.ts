// Ways to put a path away: Escape, a click on the empty canvas (the form's emptied fields and Clear button are in the form).

/**
 * Puts the path away. A keyboard inside the answer or its status line (both about to go) is given the form's first
 * field, so that focus never drops to <body>.
 */
export function putPathAway(clearPath: () => void): void {
  const focused = document.activeElement;
  const leaving = ['path-results', 'path-status'].some((id) =>
    document.getElementById(id)?.contains(focused),
  );
  clearPath();
  if (leaving) document.getElementById('path-from')?.focus();
}

/**
 * `onStageClick` registers a listener for clicks on the canvas that hit no node or edge (the renderer's kill drops
 * it); returns what removes the Escape key's listener.
 */
export function setUpPathClearing(
  clearPath: () => void,
  onStageClick: (listener: () => void) => void,
): () => void {
  const onKey = (event: KeyboardEvent) => {
    // A combobox or a dialog that used the Escape itself (closing its list, itself) has marked it handled.
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (document.querySelector('dialog[open]')) return;
    putPathAway(clearPath);
  };
  document.addEventListener('keydown', onKey);
  onStageClick(clearPath);
  return () => document.removeEventListener('keydown', onKey);
}
