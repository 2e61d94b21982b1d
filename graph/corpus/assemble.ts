// Puts the registry and the documents together: one entity per id across documents, relations keyed corpus-wide.
import type { Corpus, DocumentRecord, EntityRecord, RelationRecord } from './corpus-types.js';
import type { EntityInput } from './annotations-schema.js';
import { corpusParts, type Assembly, type CorpusParts } from './assembly.js';
import type { DocumentFacts } from './document-facts.js';
import type { Declarations } from './entity-declarations.js';
import type { NameMatch, Nameable } from './mentions.js';
import { isAccepted } from './review-status.js';
import {
  parseDocument,
  parseRegistry,
  type DocumentFiles,
  type ParsedDocument,
  type ParsedRegistry,
  type TextFile,
} from './parse-document.js';
import { CorpusError, orProblems, type CorpusProblem, type OrProblems } from '../errors.js';
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
  return partsOfParsed(registryOrProblems(files.registry), files.documents.map(parseOrProblems));
}

/** A document parsed, or the problems that stopped it. */
export type ParsedOrProblems = OrProblems<ParsedDocument>;

export function parseOrProblems(files: DocumentFiles): ParsedOrProblems {
  return orProblems(() => parseDocument(files));
}

/** The registry parsed, its problems, or null for a corpus without one. */
export function registryOrProblems(file: TextFile | null): OrProblems<ParsedRegistry> | null {
  return file && orProblems(() => parseRegistry(file));
}

/**
 * The registry entities whose names mark mentions in every document: the accepted ones. (What corpusParts indexes
 * when the registry declares each id once; otherwise the load fails anyway.)
 */
export function registryNameables(registry: OrProblems<ParsedRegistry> | null): Nameable[] {
  if (!registry || 'problems' in registry) return [];
  // Their names alone: these cross to every helper process.
  return registry.data.entities
    .filter(isAccepted)
    .map(({ id, label, aliases }) => ({ id, label, aliases }));
}

/**
 * The parts of a corpus whose files are parsed (here or in other processes), or every problem found.
 * `registryMatches` holds the registry's names already matched in some documents' texts (registryNameables'), and
 * `begun` the assembly begun as they were parsed (graph/corpus/load.ts).
 */
export function partsOfParsed(
  registry: OrProblems<ParsedRegistry> | null,
  documents: readonly ParsedOrProblems[],
  registryMatches?: ReadonlyMap<ParsedDocument, NameMatch[]>,
  begun?: Assembly | null,
): CorpusParts {
  const problems: CorpusProblem[] = [];
  if (registry && 'problems' in registry) problems.push(...registry.problems);
  for (const d of documents) if ('problems' in d) problems.push(...d.problems);
  if (problems.length > 0) throw new CorpusError(problems);
  const parsed = documents as ParsedDocument[];
  if (begun) return begun.finish(parsed, registryMatches);
  return corpusParts(registry as ParsedRegistry | null, parsed, registryMatches);
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
