// The relation form's state: a draft of a relation's fields, its producers, and the write it amounts to.
import type {
  NewRelation,
  RelationPatch,
  ReviewRelation,
  Span,
} from '../../../contract/annotations.js';
import type { Modality, Polarity } from '../../types.js';
import type { StudioProducer } from './studio-state.js';
import type { Write } from './writes.js';
import type { Told } from './relation-sentence.js';

export type DateFrom = 'text' | 'tenure' | 'knowledge';

export interface EditDraft {
  /** The relation edited, or null for a new one. */
  id: string | null;
  source: string;
  relation: string;
  target: string;
  polarity: Polarity | null;
  modality: Modality | null;
  start: number | null;
  end: number | null;
  from: DateFrom;
  dateSource: string;
  assertedBy: string | null;
  evidence: string[];
  evidenceSpans: Span[];
}

/** e: the form opens on the current relation's fields. */
export const openEdit =
  (relation: ReviewRelation): StudioProducer =>
  (state) => ({ ...state, edit: draftOf(relation) });

/** Two mentions clicked: a new relation between them, its evidence the words given. */
export const openNewRelation =
  (source: string, target: string, relation: string, quote: string, span: Span): StudioProducer =>
  (state) => ({
    ...state,
    picked: null,
    edit: {
      ...draftOf({
        id: '',
        source,
        target,
        relation,
        evidence: [],
        evidenceSpans: [],
        status: 'draft',
      }),
      id: null,
      evidence: [quote],
      evidenceSpans: [span],
    },
  });

export const closeEdit = (): StudioProducer => (state) =>
  state.edit ? { ...state, edit: null } : state;

/** Changes some fields of the open form (the type previewed, a year typed…). */
export const changeDraft =
  (change: Partial<EditDraft>): StudioProducer =>
  (state) =>
    state.edit ? { ...state, edit: { ...state.edit, ...change } } : state;

/** Swaps source and target: "Stalin denounced Khrushchev" becomes "Khrushchev denounced Stalin". */
export const swapDirection = (): StudioProducer => (state) =>
  state.edit
    ? { ...state, edit: { ...state.edit, source: state.edit.target, target: state.edit.source } }
    : state;

/** "Use selection as evidence": the selected words replace the quotes. */
export const evidenceFromSelection =
  (quote: string, span: Span): StudioProducer =>
  (state) =>
    state.edit
      ? { ...state, edit: { ...state.edit, evidence: [quote], evidenceSpans: [span] } }
      : state;

function draftOf(relation: ReviewRelation): EditDraft {
  const time = relation.time;
  return {
    id: relation.id,
    source: relation.source,
    relation: relation.relation,
    target: relation.target,
    polarity: relation.polarity ?? null,
    modality: relation.modality ?? null,
    start: time?.start ?? null,
    end: time?.end ?? null,
    from: time?.from ?? 'text',
    dateSource: time?.source ?? '',
    assertedBy: relation.assertedBy ?? null,
    evidence: [...relation.evidence],
    evidenceSpans: [...relation.evidenceSpans],
  };
}

/** What the form would say is wrong before sending: a date not from the text needs its source. */
export function draftProblems(draft: EditDraft): string[] {
  const problems: string[] = [];
  if (draft.source === draft.target) problems.push('A relation joins two different entities.');
  if (draft.evidence.length === 0) problems.push('Give the words of the text that state it.');
  if (draft.from !== 'text' && !draft.dateSource.trim() && (draft.start ?? draft.end) !== null)
    problems.push('Say where a date not in the text comes from.');
  if (draft.start !== null && draft.end !== null && draft.end < draft.start)
    problems.push('The end year comes before the start year.');
  return problems;
}

type Fields = Omit<NewRelation, 'status'>;

/** The draft's fields as the wire says them (`null` clears an optional field). */
function wireFields(draft: EditDraft): Fields {
  const dated = draft.start !== null || draft.end !== null;
  const from = draft.from === 'text' ? {} : { from: draft.from };
  const source =
    draft.from !== 'text' && draft.dateSource.trim() ? { source: draft.dateSource.trim() } : {};
  return {
    source: draft.source,
    relation: draft.relation,
    target: draft.target,
    evidence: draft.evidence,
    time: dated ? { start: draft.start, end: draft.end, ...from, ...source } : null,
    polarity: draft.polarity,
    modality: draft.modality,
    assertedBy: draft.assertedBy,
  };
}

/**
 * The write the form amounts to: a new relation (accepted: a person made it), or a patch of the fields that
 * changed, which accepts the relation too (editing is reviewing). Null when nothing changed.
 */
export function draftWrite(
  draft: EditDraft,
  was: ReviewRelation | null,
  said: string,
): Write | null {
  const fields = wireFields(draft);
  if (draft.id === null || !was)
    return {
      type: 'new-relation',
      body: { ...fields, status: 'accepted' },
      said: `Added: ${said}`,
    };
  const before = wireFields({ ...draftOf(was), id: was.id });
  const patch: RelationPatch = {};
  for (const key of Object.keys(fields) as (keyof Fields)[])
    if (JSON.stringify(fields[key]) !== JSON.stringify(before[key]))
      Object.assign(patch, { [key]: fields[key] });
  if (Object.keys(patch).length === 0 && was.status === 'accepted') return null;
  return {
    type: 'patch-relation',
    id: was.id,
    body: { ...patch, status: 'accepted' },
    said: `Edited: ${said}`,
  };
}

/** The draft as a sentence tells it (the preview): its fields as a relation would carry them. */
export function draftTold(draft: EditDraft): Told {
  const dated = draft.start !== null || draft.end !== null;
  return {
    source: draft.source,
    relation: draft.relation,
    target: draft.target,
    ...(dated ? { time: { start: draft.start, end: draft.end, from: draft.from } } : {}),
    ...(draft.modality ? { modality: draft.modality } : {}),
    ...(draft.assertedBy ? { assertedBy: draft.assertedBy } : {}),
  };
}
