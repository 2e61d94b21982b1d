// What a sentence does with a relation: asks it, reports someone's claim, or supposes it; else states it.
import type { EntityKind, Modality } from '../types.js';
import type { FoundMention } from './draft-types.js';

/** Modal verbs and hedges that make a statement a supposition. */
const HYPOTHETICAL = /\b(?:would|could|may|might|risks?|risked|risking)\b/i;
/** Verbs of saying that report another's view. */
const CLAIM =
  /\b(?:says?|said|argues?|argued|warn(?:s|ed)?|claims?|claimed|contends?|contended|insists?|insisted|asserts?|asserted|believes?|believed|thinks?|thought|suggests?|suggested|told)\b/gi;
const ACCORDING_TO = /\baccording to\b/i;
/** Who may be a speaker: people, organizations and states speak in the news. */
const SPEAKERS: ReadonlySet<EntityKind> = new Set(['person', 'organization', 'state']);

export interface ModalityCue {
  modality: Modality;
  assertedBy?: string;
  /** The words that set it, for the reason. */
  cue?: string;
}

/**
 * The relation's modality from the sentence. A question mark wins; a verb of saying makes a claim of the speaker
 * it follows (or "according to" precedes), unless the speaker is one of the pair (then saying it is the fact);
 * a modal verb before the end of the evidence makes it hypothetical.
 */
export function modalityOf(
  sentence: { text: string; start: number },
  ends: [string, string],
  evidenceEnd: number,
  mentions: readonly FoundMention[],
  kinds: ReadonlyMap<string, EntityKind>,
): ModalityCue {
  if (sentence.text.trimEnd().endsWith('?')) return { modality: 'question', cue: '?' };
  const claim = claimOf(sentence, mentions, kinds);
  if (claim && !ends.includes(claim.speaker ?? ''))
    return {
      modality: 'claim',
      cue: claim.cue,
      ...(claim.speaker ? { assertedBy: claim.speaker } : {}),
    };
  const hedge = HYPOTHETICAL.exec(sentence.text.slice(0, evidenceEnd - sentence.start));
  if (hedge) return { modality: 'hypothetical', cue: hedge[0] };
  return { modality: 'fact' };
}

function claimOf(
  sentence: { text: string; start: number },
  mentions: readonly FoundMention[],
  kinds: ReadonlyMap<string, EntityKind>,
) {
  const according = ACCORDING_TO.exec(sentence.text);
  if (according) {
    const at = sentence.start + according.index + according[0].length;
    const after = mentions.find((m) => m.start >= at && SPEAKERS.has(kinds.get(m.id)!));
    return { cue: according[0], speaker: after?.id };
  }
  for (const verb of sentence.text.matchAll(CLAIM)) {
    const at = sentence.start + verb.index;
    const before = mentions.filter((m) => m.end <= at && SPEAKERS.has(kinds.get(m.id)!)).at(-1);
    if (before) return { cue: verb[0], speaker: before.id };
  }
  return null;
}
