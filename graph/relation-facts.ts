// A relation's facts as an answer carries them: copied, so that no answer aliases the graph it came from.
import type { RelationFacts } from './types.js';

/** Evidence, time, polarity, modality and speaker; the editor's `note` is the caller's to add or leave out. */
export function copyRelationFacts(attrs: RelationFacts): Omit<RelationFacts, 'note'> {
  return {
    doc: attrs.doc,
    evidence: attrs.evidence.map((e) => ({ ...e })),
    time: attrs.time === null ? null : { ...attrs.time },
    polarity: attrs.polarity,
    modality: attrs.modality,
    assertedBy: attrs.assertedBy,
  };
}
