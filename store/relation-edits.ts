// The review's changes to a document's relations: add, edit (accepting one accepts its entities), remove.
import { isAccepted } from '../graph/corpus/review-status.js';
import {
  RELATION_KEYS,
  type AnnotationsEditor,
  type Edited,
  type Fields,
} from './annotations-edit.js';

export function addRelation(editor: AnnotationsEditor, fields: Fields): Edited {
  editor.append('relations', fields, RELATION_KEYS);
  const index = (editor.data.relations ?? []).length - 1;
  acceptEnds(editor, index);
  const id = editor.relationIdAt(index);
  return { text: editor.text(), change: `added relation ${id}`, id };
}

export function patchRelation(editor: AnnotationsEditor, id: string, fields: Fields): Edited {
  const index = editor.relationIndex(id);
  editor.patch(['relations', index], fields);
  acceptEnds(editor, index);
  const now = editor.relationIdAt(index);
  const change = fields.status
    ? `${String(fields.status)} relation ${now}`
    : `edited relation ${now}`;
  return { text: editor.text(), change, id: now };
}

export function deleteRelation(editor: AnnotationsEditor, id: string): Edited {
  editor.remove(['relations', editor.relationIndex(id)]);
  return { text: editor.text(), change: `removed relation ${id}`, id };
}

/**
 * An accepted relation's entities of this document are accepted with it: the graph has no node for a draft.
 * (The loader refuses an accepted relation naming a draft, so this is what accepting one means.)
 */
function acceptEnds(editor: AnnotationsEditor, index: number): void {
  const { relations = [], entities = [], author } = editor.data;
  const relation = relations[index];
  if (!relation || !isAccepted(relation)) return;
  const ends = new Set([relation.source, relation.target, relation.assertedBy ?? author]);
  for (const [i, entity] of entities.entries())
    if (ends.has(entity.id) && !isAccepted(entity))
      editor.patch(['entities', i], { status: 'accepted' });
}
