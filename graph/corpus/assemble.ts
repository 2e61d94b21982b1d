// Puts the registry and the documents together: one entity per id across documents, relations keyed corpus-wide.
import type { Corpus, DocumentRecord, EntityRecord, RelationRecord } from './corpus-types.js';
import { documentFacts, type DocumentFacts, type QuoteFinder } from './document-facts.js';
import type { EntityInput } from './annotations-schema.js';
import { declareEntities, type Declarations } from './entity-declarations.js';
import { mentionIndex, type MentionIndex } from './mentions.js';
import { isAccepted } from './review-status.js';
import {
  parseDocument,
  parseRegistry,
  type DocumentFiles,
  type ParsedDocument,
  type ParsedRegistry,
  type TextFile,
} from './parse-document.js';
import { CorpusError, type CorpusProblem } from '../errors.js';
import type { Mention } from '../types.js';

export interface CorpusFileSet {
  /** entities.yaml, when the corpus has a registry. */
  registry: TextFile | null;
  documents: DocumentFiles[];
}

/** Pure: validates every file and builds the corpus, or throws one CorpusError listing every problem found. */
export function parseCorpusFiles(files: CorpusFileSet): Corpus {
  return corpusOfParts(parseCorpusParts(files));
}

/** parseCorpusFiles's corpus as its parts (graph/corpus/update.ts changes one document of them). */
export function parseCorpusParts(files: CorpusFileSet): CorpusParts {
  return partsOfParsed(files.registry, files.documents.map(parseOrProblems));
}

/** A document parsed, or the problems that stopped it: collected, so that one load reports every file's. */
export type ParsedOrProblems = ParsedDocument | { problems: CorpusProblem[] };

export function parseOrProblems(files: DocumentFiles): ParsedOrProblems {
  try {
    return parseDocument(files);
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    return { problems: error.problems };
  }
}

/** The parts of a corpus whose documents are parsed (here or on other threads), or every problem found. */
export function partsOfParsed(
  registryFile: TextFile | null,
  documents: readonly ParsedOrProblems[],
): CorpusParts {
  const problems: CorpusProblem[] = [];
  let registry: ParsedRegistry | null = null;
  try {
    registry = registryFile ? parseRegistry(registryFile) : null;
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    problems.push(...error.problems);
  }
  for (const d of documents) if ('problems' in d) problems.push(...d.problems);
  if (problems.length > 0) throw new CorpusError(problems);
  return corpusParts(registry, documents as ParsedDocument[]);
}

/** One document's share, kept so that a change to it re-reads that document alone. */
export interface DocumentPart {
  parsed: ParsedDocument;
  facts: DocumentFacts;
  /** Its relations with their graph keys. */
  relations: RelationRecord[];
}

/** A corpus as its parts: what an update of one document needs (graph/corpus/update.ts). */
export interface CorpusParts {
  registry: ParsedRegistry | null;
  /** In the order documents were added. */
  documents: DocumentPart[];
  declarations: Declarations;
  /** The registry's declarations alone: what a change to one document starts from. */
  registryDeclarations: Declarations;
  registryIndex: MentionIndex;
}

/** Every document read against the registry and each other, or one CorpusError listing every problem. */
export function corpusParts(
  registry: ParsedRegistry | null,
  parsed: readonly ParsedDocument[],
): CorpusParts {
  const problems: CorpusProblem[] = [];
  const report = (problem: CorpusProblem) => problems.push(problem);
  const documents = [...parsed].sort(byAddition);
  checkSlugs(documents, report);
  const registryDeclarations = declareEntities(registry, [], report);
  const declarations = declareEntities(registry, documents, report, registryDeclarations);
  const registryIndex = registryMentionIndex(registryDeclarations);
  const elsewhere = quoteFinder(documents);
  const facts = documents.map((d) =>
    documentFacts(d, declarations, registryIndex, elsewhere, report),
  );
  if (problems.length > 0) throw new CorpusError(problems);
  const taken = new Set<string>();
  return {
    registry,
    documents: documents.map((d, i) => ({
      parsed: d,
      facts: facts[i]!,
      relations: keyRelations([facts[i]!], taken),
    })),
    declarations,
    registryDeclarations,
    registryIndex,
  };
}

export function corpusOfParts(parts: CorpusParts): Corpus {
  const facts = parts.documents.map((d) => d.facts);
  const relations = parts.documents.flatMap((d) => d.relations);
  return {
    documents: parts.documents.map((d) => documentRecord(d.parsed)),
    entities: entitiesInUse(parts.declarations, facts, relations),
    relations,
  };
}

/**
 * The names every document is searched for: the registry's accepted entities (a document's own entities mark
 * mentions there only; a draft's mark none).
 */
function registryMentionIndex(declarations: Declarations): MentionIndex {
  return mentionIndex(
    [...declarations.byId.values()]
      .filter((d) => d.doc === null && isAccepted(d.entity))
      .map((d) => d.entity),
  );
}

/** Documents older than the `added` header first, then in the order they were added; the slug breaks ties. */
export function byAddition(a: ParsedDocument, b: ParsedDocument): number {
  const added = (d: ParsedDocument) => d.article.meta.added ?? '';
  return added(a).localeCompare(added(b)) || a.slug.localeCompare(b.slug);
}

function checkSlugs(documents: readonly ParsedDocument[], report: (p: CorpusProblem) => void) {
  const seen = new Map<string, string>();
  for (const d of documents) {
    const earlier = seen.get(d.slug);
    if (earlier)
      report({
        file: d.files.text,
        line: null,
        message: `two documents named \`${d.slug}\` (the other: ${earlier})`,
        fix: 'give each document folder its own name',
      });
    seen.set(d.slug, d.files.text);
  }
}

export function quoteFinder(documents: readonly ParsedDocument[]): QuoteFinder {
  return (quote, except) => {
    for (const d of documents) {
      if (d.slug === except) continue;
      const at = d.article.text.indexOf(quote);
      if (at >= 0) return { file: d.files.text, line: null };
    }
    return null;
  };
}

/**
 * A relation keeps its id within its document as its graph key, unless an earlier-added document holds that key:
 * it is then `id@slug`. Adding a document never changes the keys of those already loaded (permalinks name them).
 */
export function keyRelations(
  facts: readonly DocumentFacts[],
  taken: Pick<Set<string>, 'has' | 'add'> = new Set<string>(),
): RelationRecord[] {
  const relations: RelationRecord[] = [];
  for (const { slug, relations: own } of facts) {
    for (const r of own) {
      const id = taken.has(r.id) ? `${r.id}@${slug}` : r.id;
      taken.add(id);
      relations.push({ ...r, id });
    }
  }
  return relations;
}

export function documentRecord(d: ParsedDocument): DocumentRecord {
  return {
    slug: d.slug,
    article: d.article,
    author: d.data.author ?? null,
    audit: d.data.audit,
    annotationsChanged: d.annotationsChanged,
    files: d.files,
  };
}

/** An entity is in the graph when a loaded document declares it (accepted), mentions it or relates it. */
function entitiesInUse(
  declarations: Declarations,
  facts: readonly DocumentFacts[],
  relations: readonly RelationRecord[],
): EntityRecord[] {
  const mentions = new Map<string, Mention[]>();
  const local = new Map<string, string[]>();
  for (const f of facts) {
    for (const [id, list] of f.mentions) append(mentions, id, list);
    for (const [id, list] of f.localAliases) append(local, id, list);
  }
  const used = new Set(mentions.keys());
  for (const r of relations) for (const id of [r.source, r.target, r.assertedBy]) used.add(id);
  for (const [id, { doc, entity }] of declarations.byId)
    if (doc !== null && isAccepted(entity)) used.add(id);
  const entities: EntityRecord[] = [];
  for (const [id, { entity }] of declarations.byId) {
    if (used.has(id))
      entities.push(entityRecord(entity, mentions.get(id) ?? [], local.get(id) ?? []));
  }
  return entities;
}

/** An entity as the graph takes it: its declaration, its local aliases in any document, its mentions in all. */
export function entityRecord(
  entity: EntityInput,
  mentions: Mention[],
  localAliases: string[],
): EntityRecord {
  return {
    id: entity.id,
    label: entity.label,
    kind: entity.kind,
    ...(entity.article ? { article: entity.article } : {}),
    aliases: [...new Set([...entity.aliases, ...localAliases])],
    names: entity.names,
    description: entity.description,
    time: entity.time ?? null,
    mentions,
  };
}

function append<T>(map: Map<string, T[]>, key: string, values: readonly T[]): void {
  const list = map.get(key);
  if (list) list.push(...values);
  else map.set(key, [...values]);
}

/** One document given as text, with its entities in its own annotations (tests, and corpora of one essay). */
export interface CorpusFiles {
  essay: TextFile;
  annotations: TextFile;
  slug?: string;
}

export function parseCorpus({ essay, annotations, slug = 'document' }: CorpusFiles): Corpus {
  return parseCorpusFiles({ registry: null, documents: [{ slug, essay, annotations }] });
}
