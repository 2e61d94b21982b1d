// Reads documents against the registry and each other, one at a time as each is parsed: one entity per id, keyed relations.
import { documentFacts, type DocumentFacts, type QuoteFinder } from './document-facts.js';
import type { RelationRecord } from './corpus-types.js';
import { declareEntities, type Declarations } from './entity-declarations.js';
import { parseEssayFile } from './essay-file.js';
import { mentionIndex, type MentionIndex, type NameMatch } from './mentions.js';
import type {
  Annotated,
  DocumentFiles,
  ParsedDocument,
  ParsedRegistry,
  ParseListener,
  TextFile,
} from './parse-document.js';
import { isAccepted } from './review-status.js';
import { CorpusError, orProblems, type CorpusProblem, type OrProblems } from '../errors.js';

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

/** What the assembly needs of a document before its article: its annotations, and its header's `added`. */
interface DocumentHead extends Pick<ParsedDocument, 'slug' | 'data' | 'yaml' | 'files'> {
  added: string | undefined;
}

/**
 * corpusParts, a document at a time: the registry and every document's declarations first (from their heads),
 * then each document's facts as soon as it is parsed, so that a load works them out while its helpers are still
 * reading other texts.
 */
export interface Assembly {
  /** Works `document` out now; one not added is worked out by finish. */
  add(document: ParsedDocument, registryMatches?: readonly NameMatch[]): void;
  /**
   * The parts of the `documents` whose heads it began with (in the same order), or one CorpusError listing every
   * problem, in the order corpusParts always gave them.
   */
  finish(
    documents: readonly ParsedDocument[],
    registryMatches?: ReadonlyMap<ParsedDocument, NameMatch[]>,
  ): CorpusParts;
}

/** Every document read against the registry and each other, or one CorpusError listing every problem. */
export function corpusParts(
  registry: ParsedRegistry | null,
  parsed: readonly ParsedDocument[],
  registryMatches?: ReadonlyMap<ParsedDocument, NameMatch[]>,
): CorpusParts {
  return assembly(registry, parsed.map(headOf)).finish(parsed, registryMatches);
}

function assembly(registry: ParsedRegistry | null, heads: readonly DocumentHead[]): Assembly {
  const problems: CorpusProblem[] = [];
  const report = (problem: CorpusProblem): void => void problems.push(problem);
  const ordered = [...heads].sort(byHeadAddition);
  checkSlugs(ordered, report);
  const registryDeclarations = declareEntities(registry, [], report);
  const declarations = declareEntities(registry, ordered, report, registryDeclarations);
  const registryIndex = registryMentionIndex(registryDeclarations);
  const factsOf = (d: ParsedDocument, elsewhere: QuoteFinder, to: Report, matches?: Matches) =>
    documentFacts(d, declarations, registryIndex, elsewhere, to, matches);
  // Facts worked out early, and whether they were clean: a document with a problem is worked out again at the
  // finish, so that its problems come in their place and quotes are looked for in the other documents.
  const early = new Map<ParsedDocument, { facts: DocumentFacts; clean: boolean }>();
  return {
    add(document, matches) {
      let clean = true;
      const facts = factsOf(document, NOWHERE, () => void (clean = false), matches);
      early.set(document, { facts, clean });
    },
    finish(parsed, matches) {
      // Heads read before the articles, in another order than theirs: begun again from the articles.
      if (parsed.some((d, i) => d.article.meta.added !== heads[i]?.added))
        return corpusParts(registry, parsed, matches);
      const documents = [...parsed].sort(byAddition);
      const elsewhere = quoteFinder(documents);
      const facts = documents.map((d) => {
        const found = early.get(d);
        return found?.clean ? found.facts : factsOf(d, elsewhere, report, matches?.get(d));
      });
      if (problems.length > 0) throw new CorpusError(problems);
      const taken = new Set<string>();
      const parts = documents.map((d, i) => ({
        parsed: d,
        facts: facts[i]!,
        relations: keyRelations([facts[i]!], taken),
      }));
      return { registry, documents: parts, declarations, registryDeclarations, registryIndex };
    },
  };
}

type Report = (problem: CorpusProblem) => void;
type Matches = readonly NameMatch[];

/** An early document's quotes are looked for nowhere else: a document with a quote not found is worked out again. */
const NOWHERE: QuoteFinder = () => null;

function headOf(d: ParsedDocument): DocumentHead {
  return { slug: d.slug, data: d.data, yaml: d.yaml, files: d.files, added: d.article.meta.added };
}

/**
 * A parse listener (graph/corpus/load-helpers.ts) that begins the assembly once every annotations file is parsed,
 * then adds each document as it is parsed whole. `begun` is the assembly, or null if it could not begin: a file
 * had a problem, and the load fails anyway.
 */
export function assemblingListener(
  registry: OrProblems<ParsedRegistry> | null,
  documents: readonly DocumentFiles[],
): ParseListener & { begun(): Assembly | null } {
  let begun: Assembly | null = null;
  return {
    annotated(annotations) {
      const heads = headsBeforeArticles(documents, annotations);
      if (heads && !(registry && 'problems' in registry)) begun = assembly(registry, heads);
    },
    parsed: (document, matches) => begun?.add(document, matches),
    begun: () => begun,
  };
}

/** The heads of documents whose annotations are parsed, their articles still to come. */
function headsBeforeArticles(
  documents: readonly DocumentFiles[],
  annotations: readonly OrProblems<Annotated>[],
): DocumentHead[] | null {
  const heads: DocumentHead[] = [];
  for (const [i, files] of documents.entries()) {
    const annotated = annotations[i]!;
    const header = orProblems(() => headerOf(files.essay));
    if ('problems' in annotated || 'problems' in header) return null;
    heads.push({
      slug: files.slug,
      data: annotated.data,
      yaml: annotated.yaml,
      files: { text: files.essay.name, annotations: files.annotations.name },
      added: header.meta.added,
    });
  }
  return heads;
}

/**
 * The text file's header alone, read as parseEssayFile reads it: what is above the first `---` line, not the whole
 * page, which the helper reads. The assembly's finish checks that each `added` is the article's.
 */
function headerOf({ content, name }: TextFile) {
  const separator = /^---\r?$/m.exec(content);
  return parseEssayFile(`${separator ? content.slice(0, separator.index) : content}---\n`, name);
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
  return inAdditionOrder(a.article.meta.added, a.slug, b.article.meta.added, b.slug);
}

function byHeadAddition(a: DocumentHead, b: DocumentHead): number {
  return inAdditionOrder(a.added, a.slug, b.added, b.slug);
}

function inAdditionOrder(
  addedA: string | undefined,
  slugA: string,
  addedB: string | undefined,
  slugB: string,
): number {
  return (addedA ?? '').localeCompare(addedB ?? '') || slugA.localeCompare(slugB);
}

function checkSlugs(
  documents: readonly Pick<ParsedDocument, 'slug' | 'files'>[],
  report: (p: CorpusProblem) => void,
) {
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
      // A relation keeps its record when its key is its id: a copy of each cost a large corpus's load 0.1 s.
      const id = taken.has(r.id) ? `${r.id}@${slug}` : r.id;
      taken.add(id);
      relations.push(id === r.id ? r : { ...r, id });
    }
  }
  return relations;
}
