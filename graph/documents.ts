// The documents a graph or a view is of: each one's citation facts, and the title, author and publication summing them up.
import { publicationYear } from './time-wording.js';
import type { DocumentInfo, EssayMeta, GraphAttributes } from './types.js';

export function documentInfo(slug: string, meta: EssayMeta): DocumentInfo {
  const year = publicationYear(meta.published);
  return {
    slug,
    title: meta.title,
    author: meta.author,
    publication: meta.publication,
    ...(meta.published ? { published: meta.published } : {}),
    ...(meta.url ? { url: meta.url } : {}),
    ...(year === null ? {} : { year }),
  };
}

/** One document's graph is titled as that document; several are summed up ("3 documents", their authors). */
export function scopeAttributes(documents: DocumentInfo[]): GraphAttributes {
  const [only] = documents;
  if (documents.length === 1 && only) {
    const { title, author, publication, year } = only;
    return { title, author, publication, ...(year === undefined ? {} : { year }), documents };
  }
  const distinct = (values: string[]) => [...new Set(values)].join(', ');
  return {
    title: `${documents.length} documents`,
    author: distinct(documents.map((d) => d.author)),
    publication: distinct(documents.map((d) => d.publication)),
    documents,
  };
}

/** The attributes of a view keeping only the documents `slugs` names (all of them when it names none). */
export function scopedAttributes(
  attributes: GraphAttributes,
  slugs?: readonly string[],
): GraphAttributes {
  if (!slugs?.length) return attributes;
  const keep = new Set(slugs);
  return scopeAttributes(attributes.documents.filter((d) => keep.has(d.slug)));
}

/** Each list of documents' years by slug, made once (a graph's list stays until a document changes). */
const yearsByList = new WeakMap<DocumentInfo[], Map<string, number | undefined>>();

/** The year of the document `slug`, against which its relations' tense is told; undefined when unknown. */
export function documentYear(
  attributes: Partial<Pick<GraphAttributes, 'documents'>>,
  slug: string,
): number | undefined {
  const documents = attributes.documents;
  if (!documents) return undefined;
  let years = yearsByList.get(documents);
  if (!years) yearsByList.set(documents, (years = new Map(documents.map((d) => [d.slug, d.year]))));
  return years.get(slug);
}

/** "Adam Zivo, “Trump will fail to turn Russia against China”, National Post, 2025": a document as cited. */
export function documentCitation(doc: DocumentInfo): string {
  return [doc.author, `“${doc.title}”`, doc.publication, doc.published].filter(Boolean).join(', ');
}
