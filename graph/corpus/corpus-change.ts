// The corpus after a change to one document, made from the one before: only the entities that document touches are redone.
import { documentRecord, entityRecord } from './assemble.js';
import type { CorpusParts, DocumentPart } from './assembly.js';
import type { Corpus, DocumentRecord, EntityRecord } from './corpus-types.js';
import { isAccepted } from './review-status.js';
import type { Mention } from '../types.js';

export interface CorpusChange {
  corpus: Corpus;
  /** The entities whose records may differ: added, changed or gone. */
  touched: Set<string>;
  /** The changed document's relations before and after. */
  removed: DocumentPart['relations'];
  added: DocumentPart['relations'];
}

/**
 * What a full assembly of `parts` would give, from `previous` (assembled from `previousParts`), when they differ in
 * the document `slug` alone: a thousand-document corpus is not re-walked entity by entity for one document.
 */
export function corpusAfterChange(
  previous: Corpus,
  previousParts: CorpusParts,
  parts: CorpusParts,
  slug: string,
): CorpusChange {
  const before = previousParts.documents.find((d) => d.parsed.slug === slug);
  const after = parts.documents.find((d) => d.parsed.slug === slug);
  const touched = touchedBy([before, after]);
  const records = new Map<string, EntityRecord>(previous.entities.map((e) => [e.id, e]));
  for (const id of touched) records.delete(id);
  for (const record of redone(parts, touched)) records.set(record.id, record);
  let relations: Corpus['relations'] | undefined;
  const corpus: Corpus = {
    documents: documentsAfter(previous.documents, parts, after),
    entities: [...records.values()],
    // Gathered when first read (the audit, the CLIs): a server answering from the graph never needs the list.
    get relations() {
      return (relations ??= parts.documents.flatMap((d) => d.relations));
    },
  };
  return { corpus, touched, removed: before?.relations ?? [], added: after?.relations ?? [] };
}

/** What a version of the document mentions, relates, declares or gives local aliases to. */
function touchedBy(versions: (DocumentPart | undefined)[]): Set<string> {
  const touched = new Set<string>();
  for (const part of versions) {
    if (!part) continue;
    for (const id of part.facts.mentions.keys()) touched.add(id);
    for (const id of part.facts.localAliases.keys()) touched.add(id);
    for (const e of part.parsed.data.entities) touched.add(e.id);
    for (const r of part.relations)
      for (const id of [r.source, r.target, r.assertedBy]) touched.add(id);
  }
  return touched;
}

/** The records of the `touched` entities still in use, their mentions and local aliases gathered from every document. */
function redone(parts: CorpusParts, touched: Set<string>): EntityRecord[] {
  const mentions = new Map<string, Mention[]>();
  const local = new Map<string, string[]>();
  for (const { facts } of parts.documents) {
    for (const id of touched) {
      const found = facts.mentions.get(id);
      if (found) mentions.set(id, [...(mentions.get(id) ?? []), ...found]);
      const aliases = facts.localAliases.get(id);
      if (aliases) local.set(id, [...(local.get(id) ?? []), ...aliases]);
    }
  }
  const related = relatedAmong(
    parts,
    [...touched].filter((id) => !mentions.has(id)),
  );
  const records: EntityRecord[] = [];
  for (const id of touched) {
    const declared = parts.declarations.byId.get(id);
    if (!declared || !isAccepted(declared.entity)) continue;
    if (!mentions.has(id) && !related.has(id) && declared.doc === null) continue;
    records.push(entityRecord(declared.entity, mentions.get(id) ?? [], local.get(id) ?? []));
  }
  return records;
}

/** Which of `ids` some document relates: asked only of entities no document mentions, most often none. */
function relatedAmong(parts: CorpusParts, ids: string[]): Set<string> {
  const related = new Set<string>();
  if (ids.length === 0) return related;
  const wanted = new Set(ids);
  for (const { relations } of parts.documents)
    for (const r of relations)
      for (const id of [r.source, r.target, r.assertedBy]) if (wanted.has(id)) related.add(id);
  return related;
}

function documentsAfter(
  previous: DocumentRecord[],
  parts: CorpusParts,
  after: DocumentPart | undefined,
): DocumentRecord[] {
  const bySlug = new Map(previous.map((d) => [d.slug, d]));
  return parts.documents.map((d) =>
    d === after || !bySlug.has(d.parsed.slug)
      ? documentRecord(d.parsed)
      : bySlug.get(d.parsed.slug)!,
  );
}
