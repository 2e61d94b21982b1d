// Merges a new draft into a document's annotations: reviewed work is kept, old drafts replaced, rejections honoured.
import type { Annotations, EntityInput, RelationInput } from '../corpus/annotations-schema.js';
import { isDraft, isRejected } from '../corpus/review-status.js';
import { normalizeName } from '../name-key.js';
import type { Draft } from './draft-types.js';
import { withIds } from './relation-ids.js';

/**
 * Everything accepted or rejected (an annotation without a status counts as accepted) is kept as it is; earlier
 * drafts are replaced by the new draft's. A draft entity is dropped when an entity of its id is kept or a rejected
 * one has its label; a draft relation is dropped when a kept one has its source, type and target (an accepted
 * duplicate, or a rejection), when a rejected one has the same pair of entities and shares a quote with it (one
 * quote holding the other: the same words of the same sentence), or when it touches a rejected entity.
 */
export function mergeDraft(existing: Annotations, draft: Draft): Annotations {
  const { entities, relations } = settledOf(existing);
  const newEntities = draftEntitiesToAdd(entities, draft.entities);
  const rejectedIds = new Set(entities.filter(isRejected).map((e) => e.id));
  const dropped = new Set(
    draft.entities
      .filter((e) => !newEntities.includes(e) && rejectedIds.has(e.id))
      .map((e) => e.id),
  );
  const fresh = draft.relations.filter(
    (r) =>
      !relations.some((k) => blocks(k, r)) &&
      ![r.source, r.target].some((id) => rejectedIds.has(id) || dropped.has(id)),
  );
  const taken = relations.flatMap((r) => (r.id ? [r.id] : []));
  const author = existing.author ?? draft.author;
  return {
    ...existing,
    ...(author === undefined ? {} : { author }),
    entities: [...entities, ...newEntities],
    localAliases: mergeAliases(existing.localAliases, draft.localAliases),
    relations: [
      ...relations,
      ...withIds(
        fresh.map(({ id: _id, ...r }) => r),
        taken,
      ),
    ],
  };
}

/** The annotations a person settled (accepted or rejected): what a new draft is drafted from and merged into. */
export function settledOf(annotations: Annotations): Annotations {
  return {
    ...annotations,
    entities: annotations.entities.filter((e) => !isDraft(e)),
    relations: annotations.relations.filter((r) => !isDraft(r)),
  };
}

function draftEntitiesToAdd(
  kept: readonly EntityInput[],
  drafts: readonly EntityInput[],
): EntityInput[] {
  const ids = new Set(kept.map((e) => e.id));
  const rejectedLabels = new Set(kept.filter(isRejected).map((e) => normalizeName(e.label)));
  return drafts.filter((e) => !ids.has(e.id) && !rejectedLabels.has(normalizeName(e.label)));
}

/** Whether a kept relation stops a draft one: the same triple, or a rejected pair in the same words. */
function blocks(kept: RelationInput, candidate: RelationInput): boolean {
  if (
    kept.source === candidate.source &&
    kept.relation === candidate.relation &&
    kept.target === candidate.target
  )
    return true;
  if (!isRejected(kept)) return false;
  const samePair =
    [kept.source, kept.target].sort().join(' ') ===
    [candidate.source, candidate.target].sort().join(' ');
  return (
    samePair &&
    kept.evidence.some((q) => candidate.evidence.some((c) => q.includes(c) || c.includes(q)))
  );
}

function mergeAliases(
  existing: Record<string, string[]>,
  draft: Record<string, string[]>,
): Record<string, string[]> {
  const merged: Record<string, string[]> = { ...existing };
  for (const [id, names] of Object.entries(draft)) {
    const have = new Set((merged[id] ?? []).map(normalizeName));
    const add = names.filter((n) => !have.has(normalizeName(n)));
    if (add.length > 0) merged[id] = [...(merged[id] ?? []), ...add];
  }
  return merged;
}
