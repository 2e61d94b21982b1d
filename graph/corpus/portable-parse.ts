// A parsed document as it crosses between threads: only what the receiver does not hold, rebuilt on arrival.
import type { ParsedOrProblems } from './assemble.js';
import { parsedFrom, type DocumentFiles, type ParsedDocument } from './parse-document.js';
import { locatedYaml } from './yaml-lines.js';

/**
 * The article and the annotations' data. Not the line finder (a function), and not the files' text, which the
 * sender was given by the receiver: copying it back cost the receiving thread as much as parsing.
 */
export type Portable =
  Pick<ParsedDocument, 'article' | 'data'> | Extract<ParsedOrProblems, { problems: unknown }>;

export function portable(parsed: ParsedOrProblems): Portable {
  if ('problems' in parsed) return parsed;
  return { article: parsed.article, data: parsed.data };
}

/** The parsed document again, from the files it was parsed from; its line finder parses only when asked. */
export function fromPortable(parsed: Portable, files: DocumentFiles): ParsedOrProblems {
  if ('problems' in parsed) return parsed;
  const { content, name } = files.annotations;
  return parsedFrom(files, parsed.article, {
    data: parsed.data,
    yaml: locatedYaml(content, name, parsed.data),
  });
}
