// Writes a seeded synthetic corpus on disk in the real format: entities.yaml and one folder per document (essay.txt, annotations.yaml).
/// <reference types="node" />
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import seedrandom from 'seedrandom';
import { Document, isMap, isScalar, stringify, visit } from 'yaml';
import { RELATION_TYPES, type RelationTypeId } from '../graph/relation-types.js';
import type { Modality } from '../graph/types.js';
import {
  idOf,
  NameClaims,
  personName,
  pick,
  pseudoWord,
  registryEntity,
  weightedKind,
  type RegistryEntity,
} from './synthetic-names.js';

type Rng = () => number;

export interface SyntheticCorpusOptions {
  seed: string;
  documents: number;
  entities: number;
  /** Mean relations per document (each document has ±20% of it). */
  relationsPerDocument: number;
  /** Registry entities a document draws its relations from, on average. */
  entitiesPerDocument: number;
}

export const DEFAULT_CORPUS_OPTIONS: SyntheticCorpusOptions = {
  seed: 'essay-graph-corpus',
  documents: 1000,
  entities: 5000,
  relationsPerDocument: 150,
  entitiesPerDocument: 70,
};

const TYPES = Object.keys(RELATION_TYPES) as RelationTypeId[];
const FILLER = (
  'according to several accounts|as the archives later showed|despite the objections of many|' +
  'in a move few had expected|after months of quiet talks|as critics were quick to note|' +
  'to the surprise of observers|while the rest of the region watched'
).split('|');
const PUBLICATIONS = Array.from({ length: 30 }, (_, i) => `The Review No ${i + 1}`);
const LOCAL_NOUNS = ['envoy', 'delegation', 'affair', 'outpost', 'mission'];

/** One relation as annotations.yaml holds it. */
interface RelationInput {
  source: string;
  relation: string;
  target: string;
  evidence: string[];
  time?: { start: number; end: number };
  modality?: Modality;
  assertedBy?: string;
}

/** What one document's two files hold. */
export interface SyntheticDocument {
  slug: string;
  essay: string;
  annotations: Record<string, unknown>;
}

/** The registry and the documents, in memory; same options, same corpus, byte for byte. */
export function generateDocuments(o: SyntheticCorpusOptions): {
  registry: RegistryEntity[];
  documents: SyntheticDocument[];
} {
  const rng: Rng = seedrandom.alea(o.seed);
  const claims = new NameClaims();
  const registry = Array.from({ length: o.entities }, () =>
    registryEntity(rng, weightedKind(rng), claims),
  );
  const documents = Array.from({ length: o.documents }, (_, i) =>
    makeDocument(rng, i, registry, claims, o),
  );
  return { registry, documents };
}

/** A few entities are in most documents, most in few: index drawn with a power-law bias toward the start. */
function docEntities(rng: Rng, registry: RegistryEntity[], count: number): RegistryEntity[] {
  const chosen = new Set<RegistryEntity>();
  while (chosen.size < count) {
    const index = rng() < 0.5 ? Math.floor(registry.length * rng() ** 3) : rng() * registry.length;
    chosen.add(registry[Math.floor(index)]!);
  }
  return [...chosen];
}

/** A name the text calls the entity by: its label or one of its aliases, as the (lower-case) page has it. */
const nameIn = (rng: Rng, e: RegistryEntity) => pick(rng, [e.label, ...e.aliases]).toLowerCase();

function makeDocument(
  rng: Rng,
  index: number,
  registry: RegistryEntity[],
  claims: NameClaims,
  o: SyntheticCorpusOptions,
): SyntheticDocument {
  const slug = `essay-${String(index + 1).padStart(4, '0')}-${pseudoWord(rng)}`;
  const cast = docEntities(rng, registry, Math.round(o.entitiesPerDocument * (0.8 + 0.4 * rng())));
  const people = cast.filter((e) => e.kind === 'person');
  const ownAuthor = rng() < 0.9 || people.length === 0;
  const author = ownAuthor ? authorEntity(rng, claims) : pick(rng, people);
  const relationCount = Math.round(o.relationsPerDocument * (0.8 + 0.4 * rng()));
  const sentences: string[] = [];
  const relations: RelationInput[] = [];
  for (let r = 0; r < relationCount; r++) {
    const { sentence, relation } = relationSentence(rng, cast, people);
    sentences.push(sentence);
    relations.push(relation);
  }
  const localAliases = rng() < 0.2 ? localAlias(rng, cast, claims, sentences, relations) : {};
  const bio = authorBio(rng, author, cast, relations);
  const essay = essayText(rng, slug, author, sentences, bio);
  const annotations: Record<string, unknown> = {
    author: author.id,
    ...(ownAuthor ? { entities: [author] } : {}),
    ...(Object.keys(localAliases).length > 0 ? { localAliases } : {}),
    relations,
  };
  return { slug, essay: essay.text, annotations };
}

function authorEntity(rng: Rng, claims: NameClaims): RegistryEntity {
  const label = personName(rng, claims);
  return {
    id: idOf(label),
    kind: 'person',
    label,
    aliases: [],
    description: `Author of a synthetic essay.`,
  };
}

/** "brakoun denounced the dreila council in 1968, as critics were quick to note." and its relation. */
function relationSentence(
  rng: Rng,
  cast: RegistryEntity[],
  people: RegistryEntity[],
): { sentence: string; relation: RelationInput } {
  const source = pick(rng, cast);
  let target = pick(rng, cast);
  while (target === source) target = pick(rng, cast);
  const type = pick(rng, TYPES);
  const dated = rng() < 0.65;
  const year = 1900 + Math.floor(rng() * 125);
  const quote = `${nameIn(rng, source)} ${RELATION_TYPES[type].label} ${nameIn(rng, target)}${dated ? ` in ${year}` : ''}`;
  const relation: RelationInput = {
    source: source.id,
    relation: type,
    target: target.id,
    evidence: [quote],
  };
  if (dated) relation.time = { start: year, end: year };
  const speaker = people.length > 0 && rng() < 0.15 ? pick(rng, people) : null;
  if (speaker && speaker !== source && speaker !== target) {
    relation.modality = 'claim';
    relation.assertedBy = speaker.id;
    return { sentence: `${nameIn(rng, speaker)} said that ${quote}.`, relation };
  }
  if (rng() < 0.3) relation.modality = 'claim';
  return { sentence: rng() < 0.5 ? `${quote}, ${pick(rng, FILLER)}.` : `${quote}.`, relation };
}

/** "the brakoun envoy": a name this document alone gives an entity, used in one more sentence and relation. */
function localAlias(
  rng: Rng,
  cast: RegistryEntity[],
  claims: NameClaims,
  sentences: string[],
  relations: RelationInput[],
): Record<string, string[]> {
  const entity = pick(rng, cast);
  const alias = `the ${pseudoWord(rng)} ${pick(rng, LOCAL_NOUNS)}`;
  if (!claims.claim(alias)) return {};
  let target = pick(rng, cast);
  while (target === entity) target = pick(rng, cast);
  const quote = `${alias} ${RELATION_TYPES.opposes.label} ${nameIn(rng, target)}`;
  sentences.push(`${quote}.`);
  relations.push({ source: entity.id, relation: 'opposes', target: target.id, evidence: [quote] });
  return { [entity.id]: [alias] };
}

/** "anna brakoun interviewed sergei tumar for this essay.": the bio relates the author to the essay's world. */
function authorBio(
  rng: Rng,
  author: RegistryEntity,
  cast: RegistryEntity[],
  relations: RelationInput[],
): string {
  let target = pick(rng, cast);
  while (target === author) target = pick(rng, cast);
  const quote = `${author.label.toLowerCase()} ${RELATION_TYPES.interviewed.label} ${nameIn(rng, target)}`;
  relations.push({
    source: author.id,
    relation: 'interviewed',
    target: target.id,
    evidence: [quote],
  });
  return `${quote} for this essay.`;
}

/** The page: header, `---`, the headline, paragraphs of 4–8 sentences, the sign-off and the author's bio. */
function essayText(
  rng: Rng,
  slug: string,
  author: RegistryEntity,
  sentences: string[],
  bio: string,
) {
  const publication = pick(rng, PUBLICATIONS);
  const headline = `notes on ${slug.replace(/-/g, ' ')}`;
  const paragraphs: string[] = [];
  for (let at = 0; at < sentences.length;) {
    const size = 4 + Math.floor(rng() * 5);
    paragraphs.push(sentences.slice(at, at + size).join(' '));
    at += size;
  }
  const header = [
    `title: ${headline}`,
    `author: ${author.label}`,
    `publication: ${publication}`,
    `published: ${1990 + Math.floor(rng() * 35)}`,
    '---',
  ];
  const page = [headline, ...paragraphs, publication.toLowerCase(), bio];
  return { text: `${header.join('\n')}\n${page.join('\n\n')}\n` };
}

/**
 * Writes the corpus under `dir` (made afresh) and returns it. Relations and names are those of
 * generateDocuments, as YAML the loader reads (the `yaml` package writes it).
 */
export function writeCorpus(dir: string, o: SyntheticCorpusOptions): void {
  const { registry, documents } = generateDocuments(o);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'entities.yaml'),
    `# Synthetic registry (bench/synthetic-corpus.ts, seed ${o.seed}).\n${stringify({ entities: registry })}`,
  );
  for (const d of documents) {
    mkdirSync(join(dir, d.slug));
    writeFileSync(join(dir, d.slug, 'essay.txt'), d.essay);
    writeFileSync(join(dir, d.slug, 'annotations.yaml'), annotationsYaml(d.annotations));
  }
}

/** As the real annotations are written: block style, with each `time` on one line, `{ start: 1956, end: 1956 }`. */
function annotationsYaml(annotations: Record<string, unknown>): string {
  const doc = new Document(annotations);
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === 'time' && isMap(pair.value))
        pair.value.flow = true;
    },
  });
  return doc.toString();
}

/**
 * The corpus of these options in the temp folder, written once: a marker file written last says it is complete,
 * so a later run reuses it (the loader ignores files beside the document folders).
 */
export function syntheticCorpusDir(o: SyntheticCorpusOptions = DEFAULT_CORPUS_OPTIONS): string {
  const key = `v3-${o.seed}-${o.documents}d-${o.entities}e-${o.relationsPerDocument}r-${o.entitiesPerDocument}c`;
  const dir = join(tmpdir(), `essay-graph-${key}`);
  const marker = join(dir, 'COMPLETE');
  if (existsSync(marker)) return dir;
  writeCorpus(dir, o);
  writeFileSync(marker, `${new Date().toISOString()}\n`);
  return dir;
}
