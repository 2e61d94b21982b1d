// Gathers every entity the registry and the documents declare, and refuses two claims on one id or one name.
import type { EntityInput } from './annotations-schema.js';
import type { ParsedDocument, ParsedRegistry } from './parse-document.js';
import type { CorpusProblem } from '../errors.js';
import { normalizeName } from '../name-key.js';

/** Where something is written: the file and its 1-based line. */
export interface Place {
  file: string;
  line: number | null;
}

interface Declaration {
  entity: EntityInput;
  place: Place;
  /** The document that declares it, or null for the registry: its aliases mark mentions there alone. */
  doc: string | null;
}

export interface Declarations {
  byId: Map<string, Declaration>;
  /** Every label, alias and name (folded) with the entity it leads to and where that was written. */
  names: Map<string, { id: string; place: Place }>;
}

type Report = (problem: CorpusProblem) => void;

/**
 * The registry's and the documents' declarations. `registryDeclared`, the registry's alone as declared before,
 * spares a change to one document re-declaring thousands of registry entities.
 */
export function declareEntities(
  registry: ParsedRegistry | null,
  documents: readonly Pick<ParsedDocument, 'slug' | 'data' | 'yaml' | 'files'>[],
  report: Report,
  registryDeclared?: Declarations,
): Declarations {
  const declarations: Declarations = registryDeclared
    ? { byId: new Map(registryDeclared.byId), names: new Map(registryDeclared.names) }
    : { byId: new Map(), names: new Map() };
  const sources = [
    ...(registry && !registryDeclared
      ? [{ doc: null, entities: registry.data.entities, yaml: registry.yaml, file: registry.file }]
      : []),
    ...documents.map((d) => ({
      doc: d.slug,
      entities: d.data.entities,
      yaml: d.yaml,
      file: d.files.annotations,
    })),
  ];
  for (const { doc, entities, yaml, file } of sources) {
    for (const [i, entity] of entities.entries()) {
      const at = (path: PropertyKey[]): Place =>
        lazyPlace(file, () => yaml.lineOf(['entities', i, ...path]));
      declare(declarations, { entity, place: at([]), doc }, at, report);
    }
  }
  return declarations;
}

function declare(
  declarations: Declarations,
  declaration: Declaration,
  at: (path: PropertyKey[]) => Place,
  report: Report,
): void {
  const { entity, place } = declaration;
  const earlier = declarations.byId.get(entity.id);
  if (earlier) {
    report({
      ...at(['id']),
      message: `duplicate entity id \`${entity.id}\`, also declared at ${where(earlier.place)}`,
      fix: 'give each entity its own id (an entity shared by documents is declared once, in the registry entities.yaml)',
    });
    return;
  }
  if (entity.kind === 'event' && !entity.time)
    report({
      ...place,
      message: `event \`${entity.id}\` has no time`,
      fix: 'add `time: { start: YEAR, end: YEAR }`',
    });
  declarations.byId.set(entity.id, declaration);
  claimNames(declarations, entity, at, report);
}

const NAME_FIELDS = {
  label: ['label', 'a'],
  aliases: ['alias', 'an'],
  names: ['name', 'a'],
} as const;

/**
 * Each label, alias and name leads to one entity: two entities whose names fold to the same search key
 * ("U.S." and "us", "The Kremlin" and "kremlin") would make a search guess between them.
 */
function claimNames(
  declarations: Declarations,
  e: EntityInput,
  at: (path: PropertyKey[]) => Place,
  report: Report,
): void {
  const forms = [
    { field: 'label', names: [e.label, e.id] },
    { field: 'aliases', names: e.aliases },
    { field: 'names', names: e.names },
  ] as const;
  for (const { field, names } of forms) {
    for (const [j, name] of names.entries()) {
      const key = normalizeName(name);
      const place = at(field === 'label' ? ['label'] : [field, j]);
      const owner = declarations.names.get(key);
      if (owner && owner.id !== e.id) {
        const [kind, article] = NAME_FIELDS[field];
        report({
          ...place,
          message: `${kind} "${name}" of \`${e.id}\` is already a name of \`${owner.id}\` (${where(owner.place)})`,
          fix: `${article} ${kind} must lead to one entity only: remove it from one of them`,
        });
        continue;
      }
      if (!owner) declarations.names.set(key, { id: e.id, place });
    }
  }
}

/**
 * A place whose line is looked up when read: every entity and name gets a place, but only those in a problem
 * are ever read, and a line costs the file's YAML model (graph/corpus/yaml-lines.ts), built only then.
 */
export function lazyPlace(file: string, line: () => number | null): Place {
  let known: number | null | undefined;
  return {
    file,
    get line() {
      if (known === undefined) known = line();
      return known;
    },
  };
}

export function where(place: Place): string {
  return place.line === null ? place.file : `${place.file}:${place.line}`;
}
