// The review's changes to a document's entities: add one or a local alias, edit, merge into another, remove.
import { isMap } from 'yaml';
import { isAccepted } from '../graph/corpus/review-status.js';
import {
  ENTITY_KEYS,
  type AnnotationsEditor,
  type Edited,
  type Fields,
} from './annotations-edit.js';
import { slugFor } from './slug.js';

/**
 * A new entity of the document; its id is made from its label unless given (`taken`: the corpus's ids). Without
 * a description it is described by its label, which the loader requires and a reviewer may improve.
 */
export function addEntity(
  editor: AnnotationsEditor,
  fields: Fields & { label: string; id?: string | undefined },
  taken: ReadonlySet<string>,
): Edited {
  const id = fields.id ?? slugFor(fields.label, taken);
  editor.append('entities', { description: fields.label, ...fields, id }, ENTITY_KEYS);
  return { text: editor.text(), change: `added entity ${id}`, id };
}

/** The words `alias` name the entity `id` in this document (a local alias): its mentions then include them. */
export function addLocalAlias(editor: AnnotationsEditor, id: string, alias: string): Edited {
  appendAliases(editor, id, [alias]);
  return { text: editor.text(), change: `linked "${alias}" to ${id}`, id };
}

export function patchEntity(editor: AnnotationsEditor, id: string, fields: Fields): Edited {
  editor.patch(['entities', editor.entityIndex(id)], fields);
  const change = fields.status ? `${String(fields.status)} entity ${id}` : `edited entity ${id}`;
  return { text: editor.text(), change, id };
}

/**
 * The document's entity `id` becomes `into`: relations, the author and the audit name `into` instead, and its
 * label, aliases and local aliases become local aliases of `into` in this document.
 */
export function mergeEntity(editor: AnnotationsEditor, id: string, into: string): Edited {
  const index = editor.entityIndex(id);
  const { entities = [], relations = [], localAliases = {}, audit = [], author } = editor.data;
  const entity = entities[index]!;
  for (const [i, r] of relations.entries())
    for (const end of ['source', 'target', 'assertedBy'] as const)
      if (r[end] === id) editor.doc.setIn(['relations', i, end], into);
  if (author === id) editor.doc.set('author', into);
  for (const [i, entry] of audit.entries())
    if ('entity' in entry && entry.entity === id) editor.doc.setIn(['audit', i, 'entity'], into);
  const names = [entity.label, ...(entity.aliases ?? []), ...(localAliases[id] ?? [])];
  editor.remove(['localAliases', id]);
  editor.remove(['entities', index]);
  if (id !== into) appendAliases(editor, into, names);
  return { text: editor.text(), change: `merged entity ${id} into ${into}`, id: into };
}

/**
 * Removes the document's entity `id` (a candidate the review turned down for good) with its local aliases and
 * the relations not yet accepted that name it; an accepted relation naming it keeps it (the loader says so).
 */
export function deleteEntity(editor: AnnotationsEditor, id: string): Edited {
  const index = editor.entityIndex(id);
  const { relations = [] } = editor.data;
  const doomed = relations
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => !isAccepted(r) && [r.source, r.target, r.assertedBy].includes(id));
  for (const { i } of doomed.reverse()) editor.remove(['relations', i]);
  editor.remove(['localAliases', id]);
  editor.remove(['entities', index]);
  return { text: editor.text(), change: `removed entity ${id}`, id };
}

/** Adds `names` to the local aliases of `id`, each once, case aside. */
function appendAliases(editor: AnnotationsEditor, id: string, names: string[]): void {
  const known = editor.data.localAliases?.[id] ?? [];
  const seen = new Set(known.map((n) => n.toLowerCase()));
  const fresh = names.filter((n) => !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()));
  if (fresh.length === 0) return;
  if (known.length > 0) {
    for (const name of fresh) editor.doc.addIn(['localAliases', id], name);
    return;
  }
  const list = editor.doc.createNode(fresh);
  list.flow = true;
  const map = editor.doc.get('localAliases', true);
  if (isMap(map)) map.flow = false;
  editor.doc.setIn(['localAliases', id], list);
}
