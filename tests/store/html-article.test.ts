// Readability on a server-side DOM: the article's paragraphs are kept, the page around them and its scripts are not.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../store/errors.js';
import { articleFromHtml } from '../../store/html-article.js';
import { thrownAs } from '../helpers/throws.js';

const newsPage = readFileSync(new URL('fixtures/news-page.html', import.meta.url), 'utf8');
const sentence = 'A sentence of the article, long enough, with commas, words and a full stop. ';

describe('articleFromHtml on a news page', () => {
  const article = articleFromHtml(newsPage);
  const lines = article.text.split('\n\n');

  it('keeps the article paragraphs, one per line, blank lines between, whitespace collapsed', () => {
    // The inline "Advertisement" is a line of its own, which the loader drops as boilerplate.
    expect(lines.filter((l) => l !== 'Advertisement').map((l) => l.slice(0, 40))).toEqual([
      'The city council voted seven to two on T',
      'The plan, which will cost an estimated 4',
      'Opponents, led by councillor Ana Ruiz, a',
      '“We are building a pier for a ferry that',
      'Construction is expected to begin next s',
    ]);
    expect(article.text).not.toMatch(/\n{3}| {2}|\t|^\s|\s$/);
    expect(article.text).toContain('has stood closed since the storm of 2019');
  });

  it('drops navigation, header, ads, related links, comments and footer', () => {
    for (const furniture of [
      'Subscribe',
      'Buy now',
      'Related stories',
      'waste of money',
      'Privacy',
      '©',
    ]) {
      expect(article.text).not.toContain(furniture);
    }
  });

  it('never lets a script reach the text', () => {
    expect(article.text).not.toMatch(/INJECTED|document\.write|dataLayer|analytics/);
  });

  it('finds the headline without the site name, and the byline without "By"', () => {
    expect(article.title).toBe('Harbour city votes to rebuild its old ferry pier');
    expect(article.byline).toBe('Maria Lopez');
  });
});

describe('articleFromHtml', () => {
  it('takes the article heading as the title when the <title> is only the site name', () => {
    const html = `<html><head><title>The Courier</title></head><body><article><h2>Pier vote passes</h2><p>${sentence.repeat(3)}</p></article></body></html>`;
    const article = articleFromHtml(html);
    expect(article.title).toBe('Pier vote passes');
    expect(article.text.split('\n\n')[0]).toBe('Pier vote passes');
  });

  it('drops scripts inside paragraphs, and reads a fragment as a page body', () => {
    const html = `<h1>Pier</h1><p>${sentence}<script>alert("x")</script>${sentence}</p><p>Two <script>evil()</script>more.</p>`;
    const { text } = articleFromHtml(html);
    expect(text).not.toMatch(/alert|evil/);
    expect(text).toContain('Two more.');
  });

  it('throws no-article when there is no article', () => {
    const pages = [
      '',
      '<html><body></body></html>',
      '<html><body><nav><a href="/">Home</a></nav></body></html>',
    ];
    for (const html of pages) {
      const error = thrownAs(StoreError, () => articleFromHtml(html), `article found in ${html}`);
      expect(error.code).toBe('no-article');
    }
  });
});
