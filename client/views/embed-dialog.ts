// The Embed dialog: the iframe snippet for the view on screen, a theme choice, a copy button and a live preview.
import { behaveAsModal } from './modal.js';
import { embedSnippet, embedUrl, viewTitle, type EmbedTheme } from '../state/view-links.js';
import type { Store } from '../state/store.js';
import type { ExplorerGraph } from '../types.js';
import { byId } from './dom.js';
import { announce } from './toast.js';

/** Its listeners are removed when `signal` aborts. */
export function createEmbedDialog(
  opener: HTMLElement,
  store: Store,
  graph: ExplorerGraph,
  signal: AbortSignal,
): void {
  const dialog = byId<HTMLDialogElement>('embed-dialog');
  const code = byId<HTMLTextAreaElement>('embed-code');
  const themeSelect = byId<HTMLSelectElement>('embed-theme');
  const preview = byId<HTMLIFrameElement>('embed-preview');
  const what = byId('embed-what');
  const labelOf = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : null);

  const fill = () => {
    const state = store.get();
    const theme = (themeSelect.value || null) as EmbedTheme | null;
    const url = embedUrl(location.origin, state, theme);
    const title = viewTitle(state, labelOf, graph.getAttribute('title'));
    code.value = embedSnippet(url, `${title} (essay graph)`);
    what.textContent = title;
    // Loaded only while the dialog is open: a second WebGL view is not free.
    if (preview.src !== url) preview.src = url;
  };

  opener.addEventListener(
    'click',
    () => {
      fill();
      dialog.showModal();
      code.focus();
      code.select();
    },
    { signal },
  );
  themeSelect.addEventListener('change', fill, { signal });
  // The preview is unloaded on close: a second WebGL view is not free.
  dialog.addEventListener('close', () => preview.removeAttribute('src'), { signal });
  behaveAsModal(dialog, opener, signal);
  const copy = byId<HTMLButtonElement>('embed-copy');
  // copyCode handles a refused clipboard itself: nothing is left to await.
  copy.addEventListener('click', () => void copyCode(), { signal });
  async function copyCode(): Promise<void> {
    try {
      await navigator.clipboard.writeText(code.value);
      // The page's toast sits under the modal's backdrop: the button itself says it worked.
      copy.textContent = 'Copied';
      setTimeout(() => (copy.textContent = 'Copy the code'), 2000);
      announce('Embed code copied.');
    } catch {
      // Clipboard access can be refused: the code is selected, ready for Ctrl+C.
      code.focus();
      code.select();
      copy.textContent = 'Press Ctrl+C to copy';
    }
  }
}
