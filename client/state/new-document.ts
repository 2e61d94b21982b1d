// What the Add a document dialog sends and says: the body from a pasted text or a file, and a refusal in words.
import type { NewDocument } from '../../contract/schemas.js';
import type { Problem } from '../types.js';

/** The fields of the dialog as typed, the picked file's name and contents when there is one. */
export interface NewDocumentForm {
  text: string;
  file: { name: string; content: string } | null;
  title: string;
  author: string;
  publication: string;
  date: string;
}

/** A picked file wins over the pasted text; an `.html` (or `.htm`) file goes as `html`, anything else as `text`. */
export function newDocumentBody(form: NewDocumentForm): NewDocument | { missing: string } {
  const title = form.title.trim();
  if (!title) return { missing: 'Give the document a title.' };
  const content = form.file ? form.file.content : form.text;
  if (!content.trim()) return { missing: 'Paste the text, or pick a file (.txt, .md or .html).' };
  const isHtml = form.file !== null && /\.html?$/i.test(form.file.name);
  const optional = (value: string) => value.trim() || undefined;
  return {
    ...(isHtml ? { html: content } : { text: content }),
    title,
    author: optional(form.author),
    publication: optional(form.publication),
    date: optional(form.date),
  };
}

export const NEEDS_EDIT_LINK = 'Adding documents needs the edit link the server printed at start.';
export const READ_ONLY = 'This server is read-only: documents cannot be added here.';

/** A refusal as the dialog says it: what to do for 401 and 403, and the problem document's own detail. */
export function refusalWords(problem: Problem): string {
  const detail = problem.detail.trim();
  const lead = problem.status === 401 ? NEEDS_EDIT_LINK : problem.status === 403 ? READ_ONLY : '';
  if (!lead) return detail || `The server answered ${problem.status}.`;
  return detail && detail !== lead ? `${lead} ${detail}` : lead;
}
