// Every review write goes this way: the file as on disk, If-Match, the change, the loader's check, history, the graph.
import { join } from 'node:path';
import type { Request } from 'express';
import { readDocumentFiles } from '../graph/corpus/load.js';
import { parseDocument, type ParsedDocument } from '../graph/corpus/parse-document.js';
import { CorpusError, EssayGraphError } from '../graph/errors.js';
import { requireDocument } from '../graph/query/documents.js';
import { AnnotationsEditor } from '../store/annotations-edit.js';
import {
  readAnnotationsFile,
  replaceAnnotations,
  type AnnotationsFile,
} from '../store/annotations-file.js';
import { annotationsVersion } from '../store/annotations-version.js';
import type { CorpusLibrary } from './corpus-library.js';
import { checkIfMatch } from './if-match.js';
import { writableRoot } from './routes/document-writes.js';

/** A change to the file's text: the new text, what it did (kept with the version it replaces) and what it is about. */
export interface AnnotationsChange {
  text: string;
  change: string;
  id: string;
}

export interface Written {
  id: string;
  /** The file's version after the write. */
  version: string;
  /** The document as written, in the corpus now. */
  parsed: ParsedDocument;
}

/**
 * Makes `edit` to the annotations of `slug`, in the library's queue so that writes never interleave: the file is
 * read as it is on disk (a hand edit included), `If-Match` checked against it (412), the new text read and checked
 * by the loader against the whole corpus (a CorpusError, 422, writes nothing), the old text kept in the history,
 * the file replaced in one step, and the graph changed for this document alone. The draft extractor's proposals
 * (POST …/draft, to come) are one more `edit`: they append drafts the same way.
 */
export function writeAnnotations(
  library: CorpusLibrary,
  req: Request,
  slug: string,
  edit: (file: AnnotationsFile, taken: ReadonlySet<string>) => AnnotationsChange,
): Promise<Written> {
  return library.exclusive(async () => {
    const root = writableRoot(library);
    const essay = library.current();
    requireDocument(essay.corpus, slug);
    const file = await readAnnotationsFile(root, slug);
    checkIfMatch(req, file.version);
    const taken = new Set(essay.parts?.declarations.byId.keys() ?? []);
    const edited = changed(file, () => edit(file, taken));
    const files = await readDocumentFiles(join(root, slug));
    const parsed = parseDocument({
      ...files,
      annotations: { name: file.path, content: edited.text },
      annotationsChanged: new Date().toISOString(),
    });
    // Applied even when nothing changed: a hand edit not yet loaded then reaches the graph.
    const persist = () => replaceAnnotations(root, slug, file.text, edited.text, edited.change);
    await library.applyDocument(parsed, edited.text === file.text ? undefined : persist);
    return { id: edited.id, version: annotationsVersion(edited.text), parsed };
  });
}

/**
 * The change, or a CorpusError (422) when the file's shape does not take it (a hand edit made `relations` a
 * number): the yaml package's plain errors are no server failure.
 */
function changed(file: AnnotationsFile, edit: () => AnnotationsChange): AnnotationsChange {
  try {
    return edit();
  } catch (error) {
    if (error instanceof EssayGraphError) throw error;
    throw new CorpusError([
      {
        file: file.path,
        line: null,
        message: `the file cannot take this change as it is (${String((error as Error).message).slice(0, 200)})`,
        fix: 'correct the file by hand, or restore a version from its history',
      },
    ]);
  }
}

/** The editor of the file as read: a change through its YAML document (a restore replaces the text instead). */
export const editorOf = (file: AnnotationsFile): AnnotationsEditor =>
  new AnnotationsEditor(file.text, file.path);
