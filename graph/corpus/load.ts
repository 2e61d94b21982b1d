// Loads a corpus folder (essay.txt + annotations.yaml), validates it whole, and returns it or throws CorpusError.
/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { AnnotationsSchema, type Annotations, type EntityInput } from './annotations-schema.js';
import { deriveArticle } from './article.js';
import type { Corpus, EntityRecord, RelationRecord } from './corpus-types.js';
import { parseEssayFile } from './essay-file.js';
import { findMentions, namesOf, occursIn } from './mentions.js';
import { sentenceAt, splitSentences } from './sentences.js';
import { stripBidiDeep } from './text-hygiene.js';
import { parseYamlWithLines, type LocatedYaml } from './yaml-lines.js';
import { CorpusError, type CorpusProblem } from '../errors.js';
import { normalizeName } from '../name-key.js';
import { isRelationType, RELATION_TYPES } from '../relation-types.js';
import type { Article, Evidence } from '../types.js';

const ESSAY_FILE = 'essay.txt';
const ANNOTATIONS_FILE = 'annotations.yaml';

export interface CorpusFiles {
  essay: { name: string; content: string };
  annotations: { name: string; content: string };
}

export async function loadCorpus(dir: string): Promise<Corpus> {
  const [essay, annotations] = await Promise.all([
    readCorpusFile(join(dir, ESSAY_FILE)),
    readCorpusFile(join(dir, ANNOTATIONS_FILE)),
  ]);
  return parseCorpus({ essay, annotations });
}

async function readCorpusFile(path: string): Promise<{ name: string; content: string }> {
  try {
    return { name: path, content: await readFile(path, 'utf8') };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new CorpusError([
      {
        file: path,
        line: null,
        message: `cannot read the file (${reason})`,
        fix: 'check that the corpus folder holds essay.txt and annotations.yaml and that they are readable',
      },
    ]);
  }
}

/** Pure: validates both files and builds the corpus, or throws one CorpusError listing every problem. */
export function parseCorpus(files: CorpusFiles): Corpus {
  const { meta, raw } = parseEssayFile(files.essay.content, files.essay.name);
  const derived = deriveArticle(raw, meta, files.essay.name);
  const article: Article = {
    meta,
    ...derived,
    sentences: splitSentences(derived.text, derived.paragraphs),
  };

  const file = files.annotations.name;
  const yaml = parseYamlWithLines(files.annotations.content, file);
  // Bidi controls would reorder what a reader sees around them (the essay text is stripped alike).
  const parsed = AnnotationsSchema.safeParse(stripBidiDeep(yaml.data));
  if (!parsed.success) throw new CorpusError(schemaProblems(parsed.error, yaml, file));

  const problems: CorpusProblem[] = [];
  const report = (path: PropertyKey[], message: string, fix: string) =>
    problems.push({ file, line: yaml.lineOf(path), message, fix });

  const entities = checkEntities(parsed.data, article, report);
  const relations = checkRelations(parsed.data, article, entities, report);
  checkAudit(parsed.data, article, entities, report);
  if (problems.length > 0) throw new CorpusError(problems);

  const mentions = findMentions(article, [...entities.values()]);
  for (const entity of entities.values()) entity.mentions = mentions.get(entity.id) ?? [];
  return {
    article,
    author: parsed.data.author,
    entities: [...entities.values()],
    relations,
    audit: parsed.data.audit,
  };
}

type Report = (path: PropertyKey[], message: string, fix: string) => void;

function schemaProblems(error: z.ZodError, yaml: LocatedYaml, file: string): CorpusProblem[] {
  return error.issues.map((issue) => ({
    file,
    line: yaml.lineOf(issue.path),
    message: `${issue.path.join('.') || 'the file'}: ${issue.message}`,
    fix: fixFor(issue),
  }));
}

function fixFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `remove or rename ${issue.keys.map((k) => `\`${k}\``).join(', ')}`;
    case 'invalid_value':
      return `use one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_type':
      return issue.expected === 'int'
        ? 'give a whole number, such as the year 1969'
        : `give a value of type ${issue.expected}`;
    default:
      return 'correct the value as the message says';
  }
}

function checkEntities(data: Annotations, article: Article, report: Report) {
  const entities = new Map<string, EntityRecord>();
  const nameOwner = new Map<string, string>();
  for (const [i, e] of data.entities.entries()) {
    if (entities.has(e.id)) {
      report(
        ['entities', i, 'id'],
        `duplicate entity id \`${e.id}\``,
        'give each entity its own id',
      );
      continue;
    }
    if (e.kind === 'event' && !e.time) {
      report(
        ['entities', i],
        `event \`${e.id}\` has no time`,
        'add `time: { start: YEAR, end: YEAR }`',
      );
    }
    checkNames(e, i, nameOwner, report);
    if (!namesOf(e).some((n) => occursIn(article.text, n))) {
      report(
        ['entities', i],
        `entity \`${e.id}\` is never mentioned in the article`,
        'add the form the essay uses to its aliases, or remove the entity',
      );
    }
    entities.set(e.id, { ...e, time: e.time ?? null, mentions: [] });
  }
  const author = entities.get(data.author);
  if (!author || author.kind !== 'person') {
    report(
      ['author'],
      `author \`${data.author}\` is not a person entity`,
      'set `author` to the id of the person who wrote the essay',
    );
  }
  return entities;
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
function checkNames(
  e: EntityInput,
  i: number,
  nameOwner: Map<string, string>,
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
      const owner = nameOwner.get(key);
      if (owner && owner !== e.id) {
        const [kind, article] = NAME_FIELDS[field];
        report(
          field === 'label' ? ['entities', i, 'label'] : ['entities', i, field, j],
          `${kind} "${name}" of \`${e.id}\` is already a name of \`${owner}\``,
          `${article} ${kind} must lead to one entity only: remove it from one of them`,
        );
      }
      nameOwner.set(key, e.id);
    }
  }
}

function checkRelations(
  data: Annotations,
  article: Article,
  entities: Map<string, EntityRecord>,
  report: Report,
): RelationRecord[] {
  const relations: RelationRecord[] = [];
  const ids = new Set<string>();
  for (const [i, r] of data.relations.entries()) {
    for (const end of ['source', 'target', 'assertedBy'] as const) {
      const id = r[end];
      if (id !== undefined && !entities.has(id)) {
        report(
          ['relations', i, end],
          `unknown entity \`${id}\` as ${end}`,
          'use the id of an entity listed under `entities`',
        );
      }
    }
    if (!isRelationType(r.relation)) {
      report(
        ['relations', i, 'relation'],
        `unknown relation type \`${r.relation}\``,
        `use one of the types in graph/relation-types.ts (${Object.keys(RELATION_TYPES).slice(0, 8).join(', ')}, …) or add it there`,
      );
      continue;
    }
    const evidence = locateEvidence(article, r.evidence, i, report);
    const id = uniqueId(r.id ?? `${r.source}.${r.relation}.${r.target}`, ids);
    if (r.id && id !== r.id)
      report(
        ['relations', i, 'id'],
        `duplicate relation id \`${r.id}\``,
        'give each relation its own id',
      );
    const relation: RelationRecord = {
      id,
      source: r.source,
      target: r.target,
      relation: r.relation,
      evidence,
      time: r.time ?? null,
      polarity: r.polarity ?? RELATION_TYPES[r.relation].polarity,
      modality: r.modality ?? 'fact',
      assertedBy: r.assertedBy ?? data.author,
    };
    if (r.note) relation.note = r.note;
    relations.push(relation);
  }
  return relations;
}

/** The relation's quotes found in the article; each one not found is reported. */
function locateEvidence(article: Article, quotes: string[], i: number, report: Report): Evidence[] {
  const evidence: Evidence[] = [];
  for (const [q, quote] of quotes.entries()) {
    const found = locateQuote(article, quote);
    if (found) evidence.push(found);
    else
      report(
        ['relations', i, 'evidence', q],
        `quote not found in the article: "${quote.slice(0, 80)}"`,
        'copy the words exactly as the essay has them (lower case, same punctuation), within one paragraph',
      );
  }
  return evidence;
}

function checkAudit(
  data: Annotations,
  article: Article,
  entities: Map<string, EntityRecord>,
  report: Report,
) {
  for (const [i, entry] of data.audit.entries()) {
    if ('sentence' in entry && !locateQuote(article, entry.sentence)) {
      report(
        ['audit', i, 'sentence'],
        'audit quote not found in the article',
        'quote the sentence exactly as the essay has it',
      );
    }
    if ('entity' in entry && !entities.has(entry.entity)) {
      report(
        ['audit', i, 'entity'],
        `unknown entity \`${entry.entity}\``,
        'use the id of an entity listed under `entities`',
      );
    }
    if ('alias' in entry) {
      const known = [...entities.values()].some((e) =>
        namesOf(e).includes(entry.alias.toLowerCase()),
      );
      if (!known)
        report(
          ['audit', i, 'alias'],
          `"${entry.alias}" is no entity's alias`,
          'quote an alias exactly as listed',
        );
    }
  }
}

/** First occurrence of `quote` in the article, with the sentence it starts in. */
export function locateQuote(article: Article, quote: string): Evidence | null {
  const start = article.text.indexOf(quote);
  if (start < 0 || quote.includes('\n')) return null;
  return {
    quote,
    sentence: sentenceAt(article.sentences, start),
    start,
    end: start + quote.length,
  };
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}~${n}`;
  taken.add(id);
  return id;
}
