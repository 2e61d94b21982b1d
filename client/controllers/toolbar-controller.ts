// The buttons over the graph and in the header: theme, copy link, embed, claims, downloads, zoom.
import { createClaimsDialog } from '../views/claims-dialog.js';
import { createDownloadMenu } from '../views/download-menu.js';
import { createEmbedDialog } from '../views/embed-dialog.js';
import { byId } from '../views/dom.js';
import type { ThemeControl } from '../views/theme.js';
import { toast } from '../views/toast.js';
import type { ExplorerContext } from './context.js';

export function connectToolbar(ctx: ExplorerContext, theme: ThemeControl): void {
  const { graph, store, renderer, disposer } = ctx;
  disposer.listen(byId('theme-toggle'), 'click', () => theme.toggle());
  disposer.listen(byId('copy-link'), 'click', () => void copyLink());
  createEmbedDialog(byId('embed-open'), store, graph, disposer.signal);
  createClaimsDialog(byId('claims-open'), store, graph, ctx.articleOf, disposer.signal);
  const relationTypes = [...new Set(graph.mapEdges((_, a) => a.relation))];
  createDownloadMenu(
    byId('download-button'),
    byId('download-menu'),
    store,
    relationTypes,
    disposer.signal,
  );
  disposer.listen(byId('zoom-in'), 'click', () => renderer.zoom(1));
  disposer.listen(byId('zoom-out'), 'click', () => renderer.zoom(-1));
  disposer.listen(byId('zoom-fit'), 'click', () => renderer.zoom(0));
}

async function copyLink(): Promise<void> {
  try {
    await navigator.clipboard.writeText(location.href);
    toast('Link copied: it reopens this exact view.');
  } catch {
    // Clipboard access can be refused (insecure context, permissions): let the reader copy by hand.
    window.prompt('Copy this link:', location.href);
  }
}
