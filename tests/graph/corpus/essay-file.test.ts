// The essay file's header and page: line endings, the source URL and bidi controls are settled when it is read.
import { describe, expect, it } from 'vitest';
import { parseEssayFile } from '../../../graph/corpus/essay-file.js';
import { parseCorpus } from '../../../graph/corpus/assemble.js';
import { CorpusError } from '../../../graph/errors.js';
import { miniFiles } from '../../helpers/fixtures.js';
import { thrownAs } from '../../helpers/throws.js';

const HEADER = 'title: T\nauthor: A\npublication: P\n';

const problemOf = (content: string): string =>
  thrownAs(CorpusError, () => parseEssayFile(content, 'essay.txt'), 'the file was accepted')
    .message;

describe('parseEssayFile', () => {
  it('should read a file saved with Windows line endings as the same essay', () => {
    const files = miniFiles();
    const lf = parseCorpus(files);
    files.essay.content = files.essay.content.replace(/\n/g, '\r\n');
    const crlf = parseCorpus(files);
    expect(crlf.documents[0]!.article.text).toBe(lf.documents[0]!.article.text);
    expect(crlf.relations.map((r) => r.evidence)).toEqual(lf.relations.map((r) => r.evidence));
  });

  it('should read old Mac line endings (a lone \\r) too', () => {
    const { meta, raw } = parseEssayFile(
      `${HEADER}---\rpage one\rpage two`.replace(/\n/g, '\r'),
      'e',
    );
    expect(meta.title).toBe('T');
    expect(raw).toBe('page one\npage two');
  });

  it('should accept an http or https url', () => {
    const { meta } = parseEssayFile(`${HEADER}url: https://example.org/a b\n---\ntext`, 'e');
    expect(meta.url).toBe('https://example.org/a%20b');
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    'not a url',
    '<img src=x onerror=alert(1)>',
  ])('should refuse the url %s, naming the line and the fix', (url) => {
    expect(problemOf(`${HEADER}url: ${url}\n---\ntext`)).toMatch(
      /essay\.txt:4: .*url.*http.*— give the address/,
    );
  });

  it('should strip bidi overrides and isolates from the page and the header', () => {
    const { meta, raw } = parseEssayFile(
      `title: T\u202Eevil\nauthor: A\npublication: P\n---\nabc \u202Edef\u202C \u2067ghi\u2069 \u200Fjkl`,
      'e',
    );
    expect(meta.title).toBe('Tevil');
    expect(raw).toBe('abc def ghi jkl');
  });
});
