import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveArticle } from '../../../graph/corpus/article.js';
import { parseEssayFile } from '../../../graph/corpus/essay-file.js';
import { splitSentences } from '../../../graph/corpus/sentences.js';
import { ESSAY_CORPUS, ESSAY_RECEIVED_SHA256, essayPage } from '../../helpers/fixtures.js';

const file = parseEssayFile(readFileSync(`${ESSAY_CORPUS}/essay.txt`, 'utf8'), 'essay.txt');
const article = deriveArticle(file.raw, file.meta, 'essay.txt');
const sentences = splitSentences(article.text, article.paragraphs);
const sectionText = (section: string) =>
  article.paragraphs
    .filter((p) => p.section === section)
    .map((p) => article.text.slice(p.start, p.end));

describe('essay file header', () => {
  it('should name the source, author and publication', () => {
    expect(file.meta).toMatchObject({
      title: 'Trump will fail to turn Russia against China',
      author: 'Adam Zivo',
      publication: 'National Post',
    });
  });

  it('should keep the page exactly as received, byte for byte', () => {
    const digest = createHash('sha256').update(file.raw, 'utf8').digest('hex');
    expect(digest).toBe(ESSAY_RECEIVED_SHA256);
    expect(file.raw).toBe(essayPage());
  });
});

describe('deriveArticle', () => {
  it('should find title, deck and caption', () => {
    expect(sectionText('title')).toEqual([
      'adam zivo: trump will fail to turn russia against china',
    ]);
    expect(sectionText('deck')[0]).toMatch(/^why would russia risk encirclement/);
    expect(sectionText('caption')[0]).toMatch(/^cp-web\. file - traditional russian wooden dolls/);
  });

  it('should keep the body, the author note and the bio', () => {
    expect(sectionText('body')).toHaveLength(15);
    expect(sectionText('author-note')[0]).toMatch(/^adam zivo is an alumnus/);
    expect(sectionText('bio')[0]).toMatch(/^adam zivo is a freelance writer/);
  });

  it('should drop page boilerplate and the repeated headline', () => {
    for (const junk of [
      'advertisement',
      'story continues below',
      'read more about the author',
      'postmedia',
      'comments may take',
    ]) {
      expect(article.text).not.toContain(junk);
    }
    expect(article.text.split('trump will fail to turn russia against china')).toHaveLength(2);
  });
});

describe('splitSentences', () => {
  const texts = sentences.map((s) => s.text);

  it('should keep offsets that slice the sentence out of the text', () => {
    for (const s of sentences) expect(article.text.slice(s.start, s.end)).toBe(s.text);
  });

  it.each([
    ['u.s.', 'at a meeting in brussels last month, u.s. defence secretary pete hegseth'],
    ['j.d.', 'around this time, vice president j.d. vance also decried'],
    ['st. and nov.', 'file - traditional russian wooden dolls'],
  ])('should not break a sentence at "%s"', (_abbr, opening) => {
    const sentence = texts.find((t) => t.startsWith(opening));
    expect(sentence).toBeDefined();
    expect(sentence!.length).toBeGreaterThan(120);
  });

  it('should split the body into sentences', () => {
    expect(texts).toContain('moscow and beijing are now firmly geostrategic and economic allies.');
    expect(sentences.length).toBeGreaterThan(35);
  });
});
