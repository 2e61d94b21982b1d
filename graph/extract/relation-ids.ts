// Stable relation ids: `<source>-<type>-<target>`, with a suffix when the document already holds that id.
import type { RelationInput } from '../corpus/annotations-schema.js';

export function withIds(
  relations: readonly RelationInput[],
  taken: Iterable<string>,
): RelationInput[] {
  const used = new Set(taken);
  return relations.map((r) => {
    const base = `${r.source}-${r.relation}-${r.target}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return { id, ...r };
  });
}
