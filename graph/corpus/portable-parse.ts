// A parsed document as it crosses between threads: without its line finder (a function), rebuilt on arrival.
import type { ParsedOrProblems } from './assemble.js';
import type { ParsedDocument } from './parse-document.js';
import { locatedYaml } from './yaml-lines.js';

export type Portable =
  Omit<ParsedDocument, 'yaml'> | Extract<ParsedOrProblems, { problems: unknown }>;

/** What structured cloning can carry: the data and the text, not the line finder made from them. */
export function portable(parsed: ParsedOrProblems): Portable {
  if ('problems' in parsed) return parsed;
  const { yaml: _lines, ...rest } = parsed;
  return rest;
}

/** The parsed document again, its line finder rebuilt from the annotations' text (it parses only when asked). */
export function fromPortable(parsed: Portable): ParsedOrProblems {
  if ('problems' in parsed) return parsed;
  const yaml = locatedYaml(parsed.sources.annotations, parsed.files.annotations, parsed.data);
  return { ...parsed, yaml };
}
