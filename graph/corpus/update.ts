// One document added, replaced or removed: the corpus's parts anew, re-reading that document alone.
import {
  byAddition,
  quoteFinder,
  keyRelations,
  type CorpusParts,
  type DocumentPart,
} from './assembly.js';
import { documentFacts } from './document-facts.js';
import { declareEntities, type Declarations } from './entity-declarations.js';
import type { ParsedDocument } from './parse-document.js';
import { CorpusError, type CorpusProblem } from '../errors.js';

/** The parts with `parsed` in (added, or replacing the document of its slug); throws CorpusError if it conflicts. */
export function withDocument(parts: CorpusParts, parsed: ParsedDocument): CorpusParts {
  const others = parts.documents.filter((d) => d.parsed.slug !== parsed.slug);
  const problems: CorpusProblem[] = [];
  const report = (problem: CorpusProblem) => problems.push(problem);
  const all = [...others.map((d) => d.parsed), parsed].sort(byAddition);
  const declarations = declareEntities(parts.registry, all, report, parts.registryDeclarations);
  const facts = documentFacts(parsed, declarations, parts.registryIndex, quoteFinder(all), report);
  const before = parts.documents.find((d) => d.parsed.slug === parsed.slug);
  if (before && droppedEntities(before.parsed, parsed).length > 0)
    checkOthers(others, declarations, report);
  if (problems.length > 0) throw new CorpusError(problems);
  const part: DocumentPart = {
    parsed,
    facts,
    relations: keyRelations([facts], keysTakenBy(others)),
  };
  const documents = [...others, part].sort((a, b) => byAddition(a.parsed, b.parsed));
  return { ...parts, documents, declarations };
}

/** The parts without the document `slug`; throws CorpusError if another document relates what only it declared. */
export function withoutDocument(parts: CorpusParts, slug: string): CorpusParts {
  const others = parts.documents.filter((d) => d.parsed.slug !== slug);
  const problems: CorpusProblem[] = [];
  const report = (problem: CorpusProblem) => problems.push(problem);
  const declarations = declareEntities(
    parts.registry,
    others.map((d) => d.parsed),
    report,
    parts.registryDeclarations,
  );
  const leaving = parts.documents.find((d) => d.parsed.slug === slug);
  if (leaving && droppedEntities(leaving.parsed, null).length > 0)
    checkOthers(others, declarations, report);
  if (problems.length > 0) throw new CorpusError(problems);
  return { ...parts, documents: others, declarations };
}

/** Each document's relation keys, once: a change checks its keys against them without gathering 150,000. */
const keysOfPart = new WeakMap<DocumentPart, Set<string>>();

/** The keys `others` hold, as keyRelations asks: is this one taken? (It adds the new document's own.) */
function keysTakenBy(others: readonly DocumentPart[]): Pick<Set<string>, 'has' | 'add'> {
  const own = new Set<string>();
  const keysOf = (part: DocumentPart) => {
    let keys = keysOfPart.get(part);
    if (!keys) keysOfPart.set(part, (keys = new Set(part.relations.map((r) => r.id))));
    return keys;
  };
  const taken = {
    has: (key: string) => own.has(key) || others.some((part) => keysOf(part).has(key)),
    add: (key: string) => (own.add(key), taken),
  };
  return taken as Pick<Set<string>, 'has' | 'add'>;
}

/** The entities the document declared that its new version (null: none) no longer does. */
function droppedEntities(before: ParsedDocument, after: ParsedDocument | null): string[] {
  const kept = new Set(after?.data.entities.map((e) => e.id) ?? []);
  return before.data.entities.map((e) => e.id).filter((id) => !kept.has(id));
}

/**
 * The other documents still name only declared entities: a document's own entities may be related elsewhere,
 * and leave with it. Their other facts stand (a document's own names mark mentions in it alone).
 */
function checkOthers(
  others: readonly DocumentPart[],
  declarations: Declarations,
  report: (problem: CorpusProblem) => void,
): void {
  for (const { parsed, relations } of others) {
    for (const r of relations) {
      const missing = [r.source, r.target, r.assertedBy].find((id) => !declarations.byId.has(id));
      if (missing === undefined) continue;
      report({
        file: parsed.files.annotations,
        line: null,
        message: `relation \`${r.id}\` names \`${missing}\`, which no document or registry declares any more`,
        fix: 'declare the entity in the registry (entities.yaml), or change the relation',
      });
    }
  }
}
