// The extractor's proposals written into a document's annotations: earlier drafts out, the new draft in, reviews kept.
import { AnnotationsSchema, type Annotations } from '../graph/corpus/annotations-schema.js';
import { CorpusError } from '../graph/errors.js';
import { isDraft } from '../graph/corpus/review-status.js';
import { mergeDraft, settledOf, type Draft } from '../graph/extract/index.js';
import type { ReviewStatus } from '../graph/types.js';
import {
  ENTITY_KEYS,
  RELATION_KEYS,
  type AnnotationsEditor,
  type Edited,
} from './annotations-edit.js';
import { appendAliases } from './entity-edits.js';

/**
 * Replaces the file's drafts with those `propose` makes from its settled annotations, merged as
 * graph/extract/merge.ts says (everything accepted or rejected stays, rejections are not proposed again). Only
 * draft items are removed and added, so the person's entries, their comments and their order are untouched.
 */
export function applyDraft(
  editor: AnnotationsEditor,
  propose: (settled: Annotations) => Draft,
): Edited {
  const existing = annotationsOf(editor);
  // The extractor starts from what a person settled: earlier drafts are replaced, so none of them is built upon.
  const merged = mergeDraft(existing, propose(settledOf(existing)));
  removeDrafts(editor, 'relations', existing.relations);
  removeDrafts(editor, 'entities', existing.entities);
  const entities = merged.entities.filter(isDraft);
  const relations = merged.relations.filter(isDraft);
  if (merged.author !== existing.author) editor.setFirst('author', merged.author);
  for (const entity of entities) editor.append('entities', entity, ENTITY_KEYS);
  for (const relation of relations) editor.append('relations', relation, RELATION_KEYS);
  for (const [id, names] of Object.entries(merged.localAliases)) appendAliases(editor, id, names);
  const change = `drafted ${relations.length} relations and ${entities.length} entities`;
  return { text: editor.text(), change, id: 'draft' };
}

/** The file's annotations, validated: a draft is merged into what the loader would read. */
function annotationsOf(editor: AnnotationsEditor): Annotations {
  const parsed = AnnotationsSchema.safeParse(editor.data);
  if (parsed.success) return parsed.data;
  throw new CorpusError([
    {
      file: editor.file,
      line: null,
      message: `the annotations do not follow the format: ${parsed.error.issues[0]?.message ?? ''}`,
      fix: 'correct the file (or restore a kept version), then draft again',
    },
  ]);
}

/** Removes the draft items of `list`, last first so that the indices of the others hold. */
function removeDrafts(
  editor: AnnotationsEditor,
  key: 'relations' | 'entities',
  list: readonly { status?: ReviewStatus | undefined }[],
): void {
  for (let i = list.length - 1; i >= 0; i--) if (isDraft(list[i]!)) editor.remove([key, i]);
}
