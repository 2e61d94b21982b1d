// The reader pane: shows the document the view points into, and lights the view's sentences in it.
import { readerDocument } from '../state/documents.js';
import { sentencesInView } from '../state/sentences.js';
import { watch } from '../state/watch.js';
import type { Reader } from '../views/reader.js';
import type { ExplorerContext } from './context.js';

export function connectReader(
  { graph, store, articleOf, disposer }: ExplorerContext,
  reader: Reader,
): void {
  disposer.add(
    watch(store, ['selection', 'path', 'scope', 'reading', 'articles'], (state) => {
      const slug = readerDocument(graph, state);
      reader.show(slug, slug === null ? null : articleOf(slug));
      if (slug !== null) reader.highlight(sentencesInView(graph, state, slug), true);
    }),
  );
}
