// Producers of what arrives from the server: the annotations (first load, after a write, after a conflict) and failures.
import type { AnnotationsVersion, ReviewAnnotations } from '../../../contract/annotations.js';
import type { Article } from '../../types.js';
import type { StudioProducer, StudioState } from './studio-state.js';
import type { Write } from './writes.js';

/** The document's article and annotations have arrived: the cursor goes to the first draft (or the first relation). */
export const documentArrived =
  (article: Article, annotations: ReviewAnnotations): StudioProducer =>
  (state) =>
    withAnnotations({ ...state, article, load: { type: 'ready' } }, annotations);

/** Loading failed; `detail` says why in the reader's words. */
export const loadFailed =
  (detail: string): StudioProducer =>
  (state) => ({ ...state, load: { type: 'failed', detail } });

/** An ETag (`"v3"`, `W/"v3"`) as the version the history API names in its paths (`v3`). */
export function versionOfTag(tag: string): string {
  return tag.replace(/^W\//, '').replace(/^"(.*)"$/, '$1');
}

/**
 * The kept version holding the file as it was at `version` (the history names each kept file by its time and
 * its version: `<time>-<version>`), the newest first; null when the history no longer keeps it.
 */
export function keptVersionOf(kept: readonly AnnotationsVersion[], version: string): string | null {
  const wanted = versionOfTag(version);
  const found = kept.find((k) => k.version === wanted || k.version.endsWith(`-${wanted}`));
  return found?.version ?? null;
}

/** A write is on its way: the keys that write wait for it. */
export const writing = (): StudioProducer => (state) =>
  state.busy ? state : { ...state, busy: true };

/**
 * A write was answered with the annotations as they are now and their version (the answer's ETag, else the
 * annotations'); the version it replaced is kept for undo.
 */
export const written =
  (write: Write, annotations: ReviewAnnotations, version: string | null): StudioProducer =>
  (state) => {
    const before = state.version;
    const undo = before !== null ? [...state.undo, { before, said: write.said }] : state.undo;
    return { ...withAnnotations(state, annotations, version), busy: false, conflict: null, undo };
  };

/** An undo was answered: its record leaves the stack. */
export const undone =
  (annotations: ReviewAnnotations, version: string | null): StudioProducer =>
  (state) => ({
    ...withAnnotations(state, annotations, version),
    busy: false,
    undo: state.undo.slice(0, -1),
  });

/** The file changed elsewhere (412): the fresh annotations replace ours, and the write waits to be re-applied. */
export const conflicted =
  (write: Write, annotations: ReviewAnnotations): StudioProducer =>
  (state) => ({ ...withAnnotations(state, annotations), busy: false, conflict: { write } });

/** A write failed for another reason (told to the reader): the keys work again. */
export const writeFailed = (): StudioProducer => (state) =>
  state.busy ? { ...state, busy: false } : state;

/** The re-apply offer is declined. */
export const dismissConflict = (): StudioProducer => (state) =>
  state.conflict ? { ...state, conflict: null } : state;

/** New annotations in place; the cursor stays on its relation while it exists, else goes to the first draft. */
function withAnnotations(
  state: StudioState,
  annotations: ReviewAnnotations,
  version: string | null = null,
): StudioState {
  const ids = annotations.relations.map((r) => r.id);
  const kept = state.current !== null && ids.includes(state.current) ? state.current : null;
  const firstDraft = annotations.relations.find((r) => r.status === 'draft')?.id;
  return {
    ...state,
    annotations,
    version: version ?? annotations.version,
    current: kept ?? firstDraft ?? ids[0] ?? null,
  };
}
