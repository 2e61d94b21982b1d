// The corpus's documents as the library lists them (metadata and counts), and checks of a `doc` scope.
import type { CorpusParts } from '../corpus/assembly.js';
import type { Corpus, DocumentRecord } from '../corpus/corpus-types.js';
import { NotFoundError } from '../errors.js';
import { documentInfo } from '../documents.js';
import type { DocumentInfo, EssayGraph } from '../types.js';

/** A document as the library lists it: what citations name it by, when it was added, and its counts. */
export interface DocumentSummary extends Omit<DocumentInfo, 'year'> {
  added?: string;
  /** Entities the document mentions or relates. */
  entities: number;
  relations: number;
  sentences: number;
  /** When its annotations file last changed (ISO time), or null when unknown. */
  annotationsChanged: string | null;
}

export interface CorpusSummary {
  documents: DocumentSummary[];
  totals: { documents: number; entities: number; relations: number };
}

export function corpusSummary(essay: { corpus: Corpus; graph: EssayGraph }): CorpusSummary {
  const counts = countsOf(essay);
  const documents = essay.corpus.documents.map((d) => documentSummary(d, counts.get(d.slug)));
  return {
    documents,
    totals: {
      documents: documents.length,
      entities: essay.graph.order,
      relations: essay.graph.size,
    },
  };
}

export function documentSummary(
  doc: DocumentRecord,
  counts: { entities: Set<string>; relations: number } | undefined,
): DocumentSummary {
  const { year: _year, ...info } = documentInfo(doc.slug, doc.article.meta);
  const { added } = doc.article.meta;
  return {
    ...info,
    ...(added ? { added } : {}),
    entities: counts?.entities.size ?? 0,
    relations: counts?.relations ?? 0,
    sentences: doc.article.sentences.length,
    annotationsChanged: doc.annotationsChanged,
  };
}

type Counts = ReturnType<typeof documentCounts>;

/**
 * The counts of a loaded corpus, once: a thousand documents' graph takes a pass of a few milliseconds. Kept by the
 * corpus object, which every change replaces (the graph itself is changed in place).
 */
const countsByCorpus = new WeakMap<Corpus, Counts>();

function countsOf(essay: { corpus: Corpus; graph: EssayGraph }): Counts {
  let counts = countsByCorpus.get(essay.corpus);
  if (!counts) countsByCorpus.set(essay.corpus, (counts = documentCounts(essay.graph)));
  return counts;
}

/**
 * One document's counts: from its part when the corpus keeps its parts (a write answers without a pass over a
 * thousand documents' graph), else from the corpus's counts.
 */
export function countsOfDocument(
  essay: { corpus: Corpus; graph: EssayGraph; parts?: CorpusParts },
  slug: string,
): { entities: Set<string>; relations: number } | undefined {
  const part = essay.parts?.documents.find((d) => d.parsed.slug === slug);
  if (!part) return countsOf(essay).get(slug);
  const entities = new Set(part.facts.mentions.keys());
  for (const r of part.relations) entities.add(r.source).add(r.target);
  return { entities, relations: part.relations.length };
}

/** Per document, in one pass over the graph: the entities it mentions or relates, and its relations. */
function documentCounts(graph: EssayGraph) {
  const counts = new Map<string, { entities: Set<string>; relations: number }>();
  const of = (slug: string) => {
    let entry = counts.get(slug);
    if (!entry) counts.set(slug, (entry = { entities: new Set(), relations: 0 }));
    return entry;
  };
  graph.forEachNode((node, attrs) => {
    for (const m of attrs.mentions) of(m.doc).entities.add(node);
  });
  graph.forEachEdge((_, attrs, source, target) => {
    const entry = of(attrs.doc);
    entry.relations++;
    entry.entities.add(source).add(target);
  });
  return counts;
}

/** The document `slug`, or a 404 naming the documents there are. */
export function requireDocument(corpus: Corpus, slug: string, parameter = 'slug'): DocumentRecord {
  const found = corpus.documents.find((d) => d.slug === slug);
  if (found) return found;
  throw new NotFoundError(
    `No document has the slug "${slug}".`,
    corpus.documents.slice(0, 5).map((d) => ({ id: d.slug, label: d.article.meta.title })),
    parameter,
  );
}

/** Every slug of a `doc` scope names a loaded document (else a 404 naming the first that does not). */
export function checkScope(corpus: Corpus, doc: readonly string[] | undefined): void {
  for (const slug of doc ?? []) requireDocument(corpus, slug, 'doc');
}
