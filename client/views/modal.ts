// What every modal dialog of the explorer does alike: a click on the backdrop closes it, focus goes back to its opener.

/** Until `signal` aborts: a click outside the dialog's box closes it, and closing gives the focus back to `opener`. */
export function behaveAsModal(
  dialog: HTMLDialogElement,
  opener: HTMLElement,
  signal: AbortSignal,
): void {
  dialog.addEventListener('close', () => opener.focus(), { signal });
  // A click on the backdrop (outside the dialog's box) closes it, as people expect of a modal.
  dialog.addEventListener(
    'click',
    (event) => {
      const box = dialog.getBoundingClientRect();
      const { clientX: x, clientY: y } = event;
      const outside = x < box.left || x > box.right || y < box.top || y > box.bottom;
      if (event.target === dialog && outside) dialog.close();
    },
    { signal },
  );
}
