// Reads one document's two files as text: the article derived from its page, and its validated annotations.
import type { z } from 'zod';
import { AnnotationsSchema, RegistrySchema, type Annotations } from './annotations-schema.js';
import { parseArticle } from './parse-article.js';
import { mayHoldBidiControls, stripBidiDeep } from './text-hygiene.js';
import { parseYamlWithLines, type LocatedYaml } from './yaml-lines.js';
import { CorpusError, type CorpusProblem, type OrProblems } from '../errors.js';
import type { NameMatch } from './mentions.js';
import type { Article } from '../types.js';

export interface TextFile {
  /** The path it was read from (or a name for text given directly): problems name it. */
  name: string;
  content: string;
}

export interface DocumentFiles {
  slug: string;
  essay: TextFile;
  annotations: TextFile;
  /** When the annotations file last changed (ISO time), if known. */
  annotationsChanged?: string | null;
}

/** A document read and validated on its own, before it meets the registry and the other documents. */
export interface ParsedDocument {
  slug: string;
  article: Article;
  data: Annotations;
  yaml: LocatedYaml;
  files: { text: string; annotations: string };
  /** The files' text as read: a later read that differs is a change to re-load. */
  sources: { essay: string; annotations: string };
  annotationsChanged: string | null;
}

export function parseDocument(files: DocumentFiles): ParsedDocument {
  const article = parseArticle(files.essay);
  return parsedFrom(files, article, parseAnnotations(files.annotations));
}

/** A document's annotations file, parsed and validated. */
export type Annotated = Pick<ParsedDocument, 'data' | 'yaml'>;

/** The other half of a document's parse: its annotations file, validated. */
export function parseAnnotations(file: TextFile): Annotated {
  return parseYamlFile(file, AnnotationsSchema);
}

/** The parsed document of `files`, given what parsing made of them (here, or in another process). */
export function parsedFrom(
  files: DocumentFiles,
  article: Article,
  { data, yaml }: Annotated,
): ParsedDocument {
  return {
    slug: files.slug,
    article,
    data,
    yaml,
    files: { text: files.essay.name, annotations: files.annotations.name },
    sources: { essay: files.essay.content, annotations: files.annotations.content },
    annotationsChanged: files.annotationsChanged ?? null,
  };
}

export interface ParsedRegistry {
  data: z.infer<typeof RegistrySchema>;
  yaml: LocatedYaml;
  file: string;
  /** The file's text as read. */
  source: string;
}

export function parseRegistry(file: TextFile): ParsedRegistry {
  return { ...parseYamlFile(file, RegistrySchema), file: file.name, source: file.content };
}

function parseYamlFile<S extends z.ZodType>(
  file: TextFile,
  schema: S,
): { data: z.infer<S>; yaml: LocatedYaml } {
  const yaml = parseYamlWithLines(file.content, file.name);
  // Bidi controls would reorder what a reader sees around them (the essay text is stripped alike).
  // Walking the data is skipped when the text cannot hold one (a thousand documents spent 0.2 s walking).
  const data = yaml.data ?? {};
  const parsed = schema.safeParse(mayHoldBidiControls(file.content) ? stripBidiDeep(data) : data);
  if (!parsed.success) throw new CorpusError(schemaProblems(parsed.error, yaml, file.name));
  return { data: parsed.data, yaml };
}

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

/**
 * What a load does with its documents while helpers still read texts, so that its own work overlaps theirs
 * (graph/corpus/assembly.ts begins assembling; graph/corpus/load-helpers.ts tells it). Told nothing when there
 * are no helpers.
 */
export interface ParseListener {
  /** Every annotations file is parsed, in the order given; texts may still be on their way. */
  annotated(annotations: readonly OrProblems<Annotated>[]): void;
  /** A document is parsed whole (after `annotated`), with the registry's names a helper matched in its text. */
  parsed(document: ParsedDocument, registryMatches: NameMatch[] | undefined): void;
}
