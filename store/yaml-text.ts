// Reads annotations YAML into an editable document and writes it back in the corpus's own style (as Prettier has it).
import { parseDocument, type Document } from 'yaml';
import { CorpusError } from '../graph/errors.js';

/** The YAML document of `text`, comments and key order kept; a file that is not YAML at all is refused. */
export function editableYaml(text: string, file: string): Document.Parsed {
  const doc = parseDocument(text);
  const error = doc.errors[0];
  if (error)
    throw new CorpusError([
      {
        file,
        line: error.linePos?.[0]?.line ?? null,
        message: `not valid YAML: ${error.message.split('\n')[0]}`,
        fix: 'correct the file by hand, or restore a version from its history',
      },
    ]);
  return doc;
}

/** A one-line flow map with nothing quoted in it, as `time: {start: 1956}`: the yaml package writes it unpadded. */
const UNPADDED_FLOW_MAP = /^([^#'"\n]*?: )\{([^{}'"\n]*)\}$/gm;

/**
 * The text of `doc`: long lines never folded, flow sequences unpadded (`[stalin]`) and flow maps padded
 * (`{ start: 1956 }`), so that an edit changes the lines it changes and no other.
 */
export function yamlText(doc: Document): string {
  return doc
    .toString({ lineWidth: 0, flowCollectionPadding: false })
    .replace(UNPADDED_FLOW_MAP, (_, head: string, body: string) => `${head}{ ${body} }`);
}
