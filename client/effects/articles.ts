// The one place articles are fetched: each document's once, kept by slug in display form, its arrival told to the store.
import { fetchArticle } from '../api.js';
import { displayArticle } from '../state/display-case.js';
import { articleArrived, wantedArticles } from '../state/documents.js';
import type { Store } from '../state/store.js';
import type { Article, ArticleLookup, DocumentArticle, ExplorerGraph } from '../types.js';

export interface ArticleShelf {
  /** The article of a document in display form, or null while it has not arrived. */
  articleOf: ArticleLookup;
  /** Aborts the fetches in flight and stops listening. */
  dispose(): void;
}

/**
 * Fetches the articles the view quotes from (client/state/documents.ts wantedArticles) as the store changes;
 * `first` is the article fetched with the graph, shelved at once.
 */
export function startArticles(
  store: Store,
  graph: ExplorerGraph,
  first: DocumentArticle | null,
): ArticleShelf {
  const shelf = new Map<string, Article>();
  const asked = new Set<string>();
  const stopped = new AbortController();
  const keep = (article: DocumentArticle) => {
    shelf.set(article.slug, displayArticle(article, graph));
    store.update(articleArrived(article.slug));
  };
  const fetchMissing = () => {
    for (const slug of wantedArticles(graph, store.get())) {
      if (asked.has(slug)) continue;
      asked.add(slug);
      fetchArticle(slug, stopped.signal)
        .then(keep)
        // Not arrived (offline, removed): the quotes stay shown alone, and the next view that wants it asks again.
        .catch(() => asked.delete(slug));
    }
  };
  if (first) {
    asked.add(first.slug);
    keep(first);
  }
  const unsubscribe = store.subscribe(fetchMissing);
  fetchMissing();
  return {
    articleOf: (slug) => shelf.get(slug) ?? null,
    dispose() {
      unsubscribe();
      stopped.abort();
    },
  };
}
