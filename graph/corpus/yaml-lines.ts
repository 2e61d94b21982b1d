// Parses YAML keeping a way back from a value's path to its line, so problems can name the line to fix.
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { CorpusError } from '../errors.js';

export interface LocatedYaml {
  data: unknown;
  /** 1-based line of the value at `path` (or of its nearest existing parent); null if unknown. */
  lineOf(path: readonly PropertyKey[]): number | null;
}

export function parseYamlWithLines(content: string, file: string): LocatedYaml {
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
  const lineOf = (path: readonly PropertyKey[]): number | null => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return null;
  };
  return { data: doc.toJS(), lineOf };
}
