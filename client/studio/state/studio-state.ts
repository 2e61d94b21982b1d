// What the review studio shows is a function of this object: the document's annotations, the cursor, the open form.
import type { ReviewAnnotations, Span } from '../../../contract/annotations.js';
import type { Article } from '../../types.js';
import type { EditDraft } from './edit-draft.js';
import type { Write } from './writes.js';

/** A write that lost the race (412): the annotations were reloaded, and the write can be sent again. */
interface Conflict {
  write: Write;
}

/** One write the studio can take back: the version the file had before it, and what it did. */
interface UndoEntry {
  before: string;
  said: string;
}

export interface StudioState {
  slug: string;
  load: { type: 'loading' } | { type: 'ready' } | { type: 'failed'; detail: string };
  annotations: ReviewAnnotations | null;
  /** The document's article: offsets of every span, and the verbatim text evidence is copied from. */
  article: Article | null;
  /** The version the next write sends as `If-Match` (the last answer's ETag). */
  version: string | null;
  /** The relation under review, by id (ids outlive reloads; indices do not). */
  current: string | null;
  /** A write is on its way: keys that write wait for its answer. */
  busy: boolean;
  /** The relation form (editing the current relation, or a new one), or null. */
  edit: EditDraft | null;
  undo: readonly UndoEntry[];
  conflict: Conflict | null;
  /** The words selected in the text, as a span of the article. */
  selection: Span | null;
  /** Mentions clicked to relate: the first entity waits for the second. */
  picked: string | null;
  /** The entity card shown (a mention was opened), by id. */
  entity: string | null;
  help: boolean;
}

export function initialStudioState(slug: string): StudioState {
  return {
    slug,
    load: { type: 'loading' },
    annotations: null,
    article: null,
    version: null,
    current: null,
    busy: false,
    edit: null,
    undo: [],
    conflict: null,
    selection: null,
    picked: null,
    entity: null,
    help: false,
  };
}

export type StudioProducer = (state: StudioState) => StudioState;
