// The document file round-trips through the loader: parseEssayFile reads its header, deriveArticle its paragraphs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { deriveArticle } from '../../graph/corpus/article.js';
import { parseEssayFile, UNKNOWN_HEADER_VALUE as UNKNOWN } from '../../graph/corpus/essay-file.js';
import {
  documentFileText,
  emptyAnnotationsText,
  type DocumentMeta,
} from '../../store/document-file.js';
import { StoreError } from '../../store/errors.js';
import { articleFromHtml } from '../../store/html-article.js';
import { thrownAs } from '../helpers/throws.js';

const added = '2026-12-02T01:30:00.000Z';
const paragraphs = [
  'The city council voted on Tuesday to rebuild the ferry pier.',
  'Opponents argued that the money would be better spent on buses.',
];
const text = paragraphs.join('\n\n');

function loaded(meta: DocumentMeta, page: string) {
  const file = parseEssayFile(documentFileText(meta, page), 'essay.txt');
  return { ...file, article: deriveArticle(file.raw, file.meta, 'essay.txt') };
}

describe('documentFileText', () => {
  it('round-trips every field through parseEssayFile', () => {
    const meta = {
      title: 'Pier vote passes',
      author: 'Maria Lopez',
      publication: 'The Coastal Courier',
      published: '2026-11-30',
      url: 'https://courier.example/news/pier',
      added,
    };
    const file = loaded(meta, text);
    expect(file.meta).toEqual(meta);
    expect(documentFileText(meta, text)).toContain(`\nadded: ${added}\n---\n`);
  });

  it('puts the title first, so the loader takes it for the headline, and keeps the paragraphs as body', () => {
    const { raw, article } = loaded({ title: 'Pier vote passes', added }, text);
    expect(raw.split('\n')[0]).toBe('Pier vote passes');
    const body = article.paragraphs.filter((p) => p.section === 'body');
    expect(body.map((p) => article.text.slice(p.start, p.end))).toEqual(paragraphs);
    expect(article.paragraphs[0]!.section).toBe('title');
  });

  it('does not repeat a title the text already starts with', () => {
    const page = `\n  pier VOTE  passes\n\n${text}`;
    const { raw } = loaded({ title: 'Pier vote passes', added }, page);
    expect(raw.match(/pier\s+vote\s+passes/gi)).toHaveLength(1);
  });

  it('writes "unknown" for a missing author or publication', () => {
    const { meta } = loaded({ title: 'Pier', added }, text);
    expect(meta).toMatchObject({ author: UNKNOWN, publication: UNKNOWN });
  });

  it('folds line breaks and controls in header values, so no value can add a header line or the separator', () => {
    const title = 'Pier\nvote\r\n---\npasses\u2028now\u202E';
    const { meta } = loaded(
      { title, author: 'A\n\nB', publication: 'url: https://x.example', added },
      text,
    );
    expect(meta).toMatchObject({ title: 'Pier vote --- passes now', author: 'A B' });
    expect(meta.url).toBeUndefined();
  });

  it('refuses an empty title, a non-http url, a bad timestamp and an empty text', () => {
    const cases: [DocumentMeta, string, string][] = [
      [{ title: ' \n ', added }, text, 'invalid-metadata'],
      [{ title: 'T', url: 'javascript:alert(1)', added }, text, 'invalid-metadata'],
      [{ title: 'T', added: 'yesterday' }, text, 'invalid-metadata'],
      [{ title: 'T', added }, ' \n\n ', 'no-article'],
    ];
    for (const [meta, page, code] of cases) {
      const error = thrownAs(StoreError, () => documentFileText(meta, page), JSON.stringify(meta));
      expect(error.code).toBe(code);
    }
  });
});

describe('a web page made a document', () => {
  it('reaches the loader with its headline, its paragraphs as body and no page furniture', () => {
    const html = readFileSync(new URL('fixtures/news-page.html', import.meta.url), 'utf8');
    const page = articleFromHtml(html);
    const meta = { title: page.title!, author: page.byline!, added };
    const { article } = loaded(meta, page.text);
    const body = article.paragraphs.filter((p) => p.section === 'body');
    expect(article.text.startsWith('Harbour city votes to rebuild its old ferry pier\n\n')).toBe(
      true,
    );
    expect(body).toHaveLength(5);
    expect(article.text).not.toMatch(/Advertisement|Comments|Subscribe/);
  });
});

describe('emptyAnnotationsText', () => {
  it('is YAML with no relations, and comments only besides', () => {
    const annotations = emptyAnnotationsText();
    expect(parseYaml(annotations)).toEqual({ relations: [] });
    const lines = annotations.trim().split('\n');
    expect(lines.filter((l) => !l.startsWith('#'))).toEqual(['relations: []']);
  });
});
