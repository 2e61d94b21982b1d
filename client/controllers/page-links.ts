// Links to entities, relations and sentences anywhere on the page select in place instead of navigating.
import { readDocument } from '../state/documents.js';
import { showTab } from '../state/selection.js';
import type { Reader } from '../views/reader.js';
import type { ExplorerActions } from './actions.js';
import { PHONE, openSheet, type ExplorerContext } from './context.js';

export function connectPageLinks(
  { store, disposer }: ExplorerContext,
  actions: ExplorerActions,
  reader: Reader,
): void {
  disposer.listen(document, 'click', (event: MouseEvent) => {
    const target = (event.target as Element).closest<HTMLElement>(
      '[data-node],[data-edge],[data-sentence]',
    );
    if (!target || event.defaultPrevented || event.metaKey || event.ctrlKey) return;
    event.preventDefault();
    const { node, edge, sentence, doc } = target.dataset;
    if (node) actions.selectNode(node, true);
    else if (edge) actions.selectEdge(edge);
    else if (sentence) {
      // A quote from another document opens that document in the reader first.
      if (doc) store.update(readDocument(doc));
      if (PHONE.matches) store.update(showTab('reader'));
      openSheet(true);
      requestAnimationFrame(() => reader.flash(Number(sentence)));
    }
  });
}
