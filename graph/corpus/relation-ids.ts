// A document's relation ids: the `id` written, or `source.relation.target`, with `~2`, `~3`… for a repeat.

/** The id of each relation in file order; drafts take their ids too, so accepting one never renames another. */
export function relationIdsOf(
  relations: readonly {
    id?: string | undefined;
    source: string;
    relation: string;
    target: string;
  }[],
): string[] {
  const taken = new Set<string>();
  return relations.map((r) => uniqueId(r.id ?? `${r.source}.${r.relation}.${r.target}`, taken));
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}~${n}`;
  taken.add(id);
  return id;
}
