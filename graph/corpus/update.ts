// One document added, replaced or removed: the corpus's parts anew, re-reading that document alone.
import {
  byAddition,
  quoteFinder,
  keyRelations,
  type CorpusParts,
  type DocumentPart,
} from './assemble.js';
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
  const declarations = declareEntities(parts.registry, all, report);
  const facts = documentFacts(parsed, declarations, parts.registryIndex, quoteFinder(all), report);
  checkOthers(others, declarations, report);
  if (problems.length > 0) throw new CorpusError(problems);
  const taken = new Set(others.flatMap((d) => d.relations.map((r) => r.id)));
  const part: DocumentPart = { parsed, facts, relations: keyRelations([facts], taken) };
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
  );
  checkOthers(others, declarations, report);
  if (problems.length > 0) throw new CorpusError(problems);
  return { ...parts, documents: others, declarations };
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
