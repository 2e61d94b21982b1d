// What the Add a document dialog sends (text, or a file's HTML) and how it words the server's refusals.
import { describe, expect, it } from 'vitest';
import {
  NEEDS_EDIT_LINK,
  newDocumentBody,
  READ_ONLY,
  refusalWords,
} from '../../client/state/new-document.js';

const FORM = {
  text: 'Pasted words.',
  file: null,
  title: ' A title ',
  author: '',
  publication: 'Review',
  date: '2026-01-02',
};

const problem = (status: number, detail: string) => ({
  type: 'about:blank',
  title: 'Refused',
  status,
  detail,
});

describe('a new document', () => {
  it('should send pasted text as text, with the metadata given', () => {
    expect(newDocumentBody(FORM)).toEqual({
      text: 'Pasted words.',
      title: 'A title',
      author: undefined,
      publication: 'Review',
      date: '2026-01-02',
    });
  });

  it('should send an .html file as html and a .md file as text', () => {
    const page = { name: 'page.HTML', content: '<p>Hi</p>' };
    expect(newDocumentBody({ ...FORM, file: page })).toMatchObject({ html: '<p>Hi</p>' });
    const notes = { name: 'notes.md', content: '# Notes' };
    expect(newDocumentBody({ ...FORM, file: notes })).toMatchObject({ text: '# Notes' });
  });

  it('should ask for a title and for some text before sending', () => {
    expect(newDocumentBody({ ...FORM, title: ' ' })).toEqual({
      missing: 'Give the document a title.',
    });
    expect(newDocumentBody({ ...FORM, text: '' })).toHaveProperty('missing');
  });

  it('should say what a refusal needs, with the problem document’s detail', () => {
    expect(refusalWords(problem(401, 'The edit token is missing.'))).toBe(
      `${NEEDS_EDIT_LINK} The edit token is missing.`,
    );
    expect(refusalWords(problem(403, ''))).toBe(READ_ONLY);
    expect(refusalWords(problem(422, 'The text has no sentences.'))).toBe(
      'The text has no sentences.',
    );
  });
});
