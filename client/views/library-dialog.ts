// The Library dialog: every document with its metadata and counts, the corpus's totals, Open, all together, Add.
import { behaveAsModal } from './modal.js';
import { byId, h, replaceChildren } from './dom.js';
import type { CorpusSummary, DocumentSummary } from '../types.js';

/** What the library's buttons ask for; `refresh` brings the list up to date (its controller fetches it). */
export interface LibraryActions {
  refresh(): Promise<CorpusSummary | null>;
  open(slug: string): void;
  showAll(): void;
  add(): void;
  /** Is the document shown in the explorer now? */
  shown(slug: string): boolean;
  /** The review studio's address for a document, or null without the edit token (reviewing writes). */
  reviewLink(slug: string): string | null;
}

export interface LibraryDialog {
  close(): void;
}

/** Its listeners are removed when `signal` aborts. */
export function createLibraryDialog(
  opener: HTMLElement,
  actions: LibraryActions,
  signal: AbortSignal,
): LibraryDialog {
  const dialog = byId<HTMLDialogElement>('library-dialog');
  const render = (corpus: CorpusSummary) => {
    const { totals } = corpus;
    byId('library-totals').textContent =
      `${count(totals.documents, 'document')} · ${count(totals.entities, 'entity', 'entities')} · ` +
      count(totals.relations, 'relation');
    replaceChildren(
      byId('library-list'),
      corpus.documents.map((d) => documentRow(d, actions)),
    );
    byId('library-all').hidden = corpus.documents.length < 2;
  };
  const open = async () => {
    dialog.showModal();
    const corpus = await actions.refresh();
    if (corpus) render(corpus);
  };
  opener.addEventListener('click', () => void open(), { signal });
  byId('library-all').addEventListener('click', () => (actions.showAll(), dialog.close()), {
    signal,
  });
  byId('library-add').addEventListener('click', () => (dialog.close(), actions.add()), { signal });
  byId('library-list').addEventListener(
    'click',
    (event) => {
      const slug = (event.target as Element).closest<HTMLElement>('[data-open]')?.dataset.open;
      if (!slug) return;
      actions.open(slug);
      dialog.close();
    },
    { signal },
  );
  behaveAsModal(dialog, opener, signal);
  return { close: () => dialog.close() };
}

function documentRow(d: DocumentSummary, actions: LibraryActions): HTMLElement {
  const byline = [d.author, d.publication, d.published].filter(Boolean).join(' · ');
  const counts = [
    count(d.entities, 'entity', 'entities'),
    count(d.relations, 'relation'),
    count(d.sentences, 'sentence'),
  ].join(' · ');
  const shown = actions.shown(d.slug);
  const review = actions.reviewLink(d.slug);
  return h(
    'li',
    { class: `library-item${shown ? ' in-scope' : ''}`, 'data-doc': d.slug },
    h(
      'div',
      {},
      h('h3', {}, d.title),
      byline ? h('p', { class: 'byline' }, byline) : null,
      h('p', { class: 'muted' }, counts),
      d.added ? h('p', { class: 'muted' }, `Added ${d.added.slice(0, 10)}`) : null,
    ),
    h(
      'div',
      { class: 'library-actions' },
      review
        ? h('a', { class: 'button', href: review, 'aria-label': `Review ${d.title}` }, 'Review')
        : null,
      h(
        'button',
        { type: 'button', class: 'button', 'data-open': d.slug, 'aria-label': `Open ${d.title}` },
        'Open',
      ),
    ),
  );
}

/** "1 relation", "3 relations". */
function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
