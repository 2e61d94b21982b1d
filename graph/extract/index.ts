// The draft extractor as the server calls it: draft a document's annotations, then merge them into the file's.
export { draftAnnotations } from './draft.js';
export { mergeDraft, settledOf } from './merge.js';
export type { Draft, DraftInput } from './draft-types.js';
