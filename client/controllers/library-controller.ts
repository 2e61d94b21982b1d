// The Library button and its dialogs: the documents listed fresh from the API, opened in place, and added.
import { addDocument, fetchDocuments, ProblemError, sendReviewWrite } from '../api.js';
import { VIEW_PARAMS } from '../../contract/params.js';
import { editToken } from '../edit-token.js';
import { inScope } from '../state/documents.js';
import type { NewDocument } from '../../contract/schemas.js';
import { refusalWords } from '../state/new-document.js';
import { createStoreActions } from '../state/store-actions.js';
import { createAddDocumentDialog } from '../views/add-document-dialog.js';
import { byId } from '../views/dom.js';
import { createLibraryDialog } from '../views/library-dialog.js';
import { announce } from '../views/toast.js';
import type { ExplorerContext } from './context.js';

export function connectLibrary({ store, disposer }: ExplorerContext): void {
  const actions = createStoreActions(store);
  const opener = byId('library-open');
  const adding = createAddDocumentDialog(
    opener,
    { canWrite: () => editToken() !== null, send: sendDocument },
    disposer.signal,
  );
  createLibraryDialog(
    opener,
    {
      refresh: () =>
        fetchDocuments().catch((error: unknown) => {
          announce(error instanceof ProblemError ? error.problem.detail : String(error));
          return null;
        }),
      open: actions.openDocument,
      showAll: actions.showAllDocuments,
      add: adding.open,
      shown: (slug) => inScope(store.get(), slug),
      reviewLink: (slug) => (editToken() === null ? null : studioLink(slug)),
    },
    disposer.signal,
  );
}

/** The review studio on one document (client/studio.html). */
function studioLink(slug: string): string {
  return `/studio?${new URLSearchParams({ [VIEW_PARAMS.doc.name]: slug })}`;
}

/**
 * Adds the document; once added it opens, scoped to it, in a fresh page: the graph, the library and the reader
 * all change with a new document. With `review`, the extractor drafts its annotations first and the page opened is
 * the review studio. Returns the words of a refusal, or null.
 */
async function sendDocument(body: NewDocument, review: boolean): Promise<string | null> {
  try {
    const added = await addDocument(body);
    // A draft that fails leaves the document to review by hand, or to draft again from the studio.
    if (review)
      await sendReviewWrite(added.slug, { method: 'POST', path: 'draft' }, null).catch(() => null);
    const search = new URLSearchParams({ [VIEW_PARAMS.doc.name]: added.slug });
    location.assign(review ? studioLink(added.slug) : `${location.pathname}?${search}`);
    return null;
  } catch (error) {
    if (error instanceof ProblemError) return refusalWords(error.problem);
    return String(error);
  }
}
