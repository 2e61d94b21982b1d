// Parses YAML keeping a way back from a value's path to its line, so problems can name the line to fix.
import { CORE_SCHEMA, load } from 'js-yaml';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { CorpusError } from '../errors.js';

export interface LocatedYaml {
  data: unknown;
  /** 1-based line of the value at `path` (or of its nearest existing parent); null if unknown. */
  lineOf(path: readonly PropertyKey[]): number | null;
}

/**
 * Two parsers, for speed: a corpus of a thousand documents spent most of its load in `yaml`'s document model
 * (~13 ms an annotations file of 150 relations, against ~0.7 ms for js-yaml 4.1's plain data: 5.x took ~2 ms), and kept every
 * file's model alive for line numbers. The data come from js-yaml (YAML 1.2 core schema, duplicate keys
 * refused, as `yaml` with `uniqueKeys` is); `yaml`'s model, with its line counter, is built only when a line is
 * asked for (a problem to report) or when js-yaml refuses the text, and then gives the data and errors exactly
 * as before.
 */
export function parseYamlWithLines(content: string, file: string): LocatedYaml {
  let data: unknown;
  try {
    data = load(content, { schema: CORE_SCHEMA });
  } catch {
    data = locatedDocument(content, file).doc.toJS();
  }
  return locatedYaml(content, file, data);
}

/** `data`, parsed from `content`, with lines looked up on demand. */
function locatedYaml(content: string, file: string, data: unknown): LocatedYaml {
  let located: { doc: Document; lineCounter: LineCounter } | undefined;
  const lineOf = (path: readonly PropertyKey[]): number | null => {
    const { doc, lineCounter } = (located ??= locatedDocument(content, file));
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return null;
  };
  return { data, lineOf };
}

/** `yaml`'s document model and line counter; throws the file's syntax errors with their lines. */
function locatedDocument(
  content: string,
  file: string,
): { doc: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(content, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new CorpusError(
      doc.errors.map((e) => ({
        file,
        line: e.linePos?.[0].line ?? null,
        message: `malformed YAML: ${e.message.split('\n')[0]}`,
        fix: 'fix the YAML syntax at that line (indentation, quotes, a missing colon)',
      })),
    );
  }
  return { doc, lineCounter };
}
