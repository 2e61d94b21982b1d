// A document's slug as data exports cite it: "Adam Zivo, “Title”, National Post, 2025", from the graph's documents.
import { documentCitation } from '../graph/documents.js';
import type { GraphAttributes } from '../graph/types.js';

/** The citation of each document the graph is of; a slug it does not list cites itself. */
export function citations(graph: {
  getAttribute(name: 'documents'): GraphAttributes['documents'];
}) {
  const bySlug = new Map(
    (graph.getAttribute('documents') ?? []).map((d) => [d.slug, documentCitation(d)]),
  );
  return (doc: string): string => bySlug.get(doc) ?? doc;
}
