// Derives the article from the page as received: title, deck, caption, body, author note and bio, minus boilerplate.
import { CorpusError } from '../errors.js';
import type { EssayMeta, Paragraph, SectionKind } from '../types.js';

/** Lines that are page furniture wherever they appear. */
const BOILERPLATE_LINES = new Set(['advertisement', 'story continues below']);
/** Lines after which nothing belongs to the article (author link, comments section). */
const END_OF_ARTICLE_LINES = new Set(['read more about the author', 'comments']);
/** A photo caption ends with a credit such as "(ap photo/dmitri lovetsky, file)". */
const CAPTION_CREDIT = /\((?:[\w .-]+ )?photo\b[^)]*\)\s*$/i;

export interface DerivedArticle {
  text: string;
  paragraphs: Paragraph[];
}

interface PageLine {
  text: string;
  /** The text normalized for comparisons (normalize), once: a thousand documents' lines are compared often. */
  key: string;
  /** 1-based line number in the raw page, for error messages. */
  line: number;
}

export function deriveArticle(raw: string, meta: EssayMeta, file: string): DerivedArticle {
  const lines = contentLines(raw);
  const [title, ...rest] = lines;
  if (!title) throw articleError(file, 'the page has no text', 'paste the page text below `---`');

  const titleKey = title.key;
  const authorKey = normalize(meta.author);
  const signOffKey = normalize(meta.publication);
  const repeat = rest.findIndex((l) => l.key === titleKey);

  const sections: { section: SectionKind; text: string }[] = [
    { section: 'title', text: title.text },
  ];
  // Between a headline and its repetition stands the deck.
  const deckLines = repeat > 0 ? rest.slice(0, repeat) : [];
  for (const l of deckLines) sections.push({ section: 'deck', text: l.text });

  let state: SectionKind = 'body';
  for (const l of rest.slice(repeat > 0 ? repeat + 1 : 0)) {
    const { key } = l;
    if (key === titleKey) continue;
    if (key === signOffKey) {
      state = 'author-note';
      continue;
    }
    if (key === authorKey) {
      // The author box repeats the byline before the bio.
      if (state !== 'body') state = 'bio';
      continue;
    }
    const section: SectionKind =
      state === 'body' && CAPTION_CREDIT.test(l.text) ? 'caption' : state;
    sections.push({ section, text: l.text });
  }
  if (!sections.some((s) => s.section === 'body')) {
    throw articleError(
      file,
      'no body paragraphs found in the page',
      'check that the page text follows the header and that the headline is its first line',
    );
  }
  return assemble(sections);
}

function contentLines(raw: string): PageLine[] {
  const out: PageLine[] = [];
  for (const [i, rawLine] of raw.split('\n').entries()) {
    const text = rawLine.trim();
    const key = normalize(text);
    if (END_OF_ARTICLE_LINES.has(key)) break;
    if (key === '' || BOILERPLATE_LINES.has(key)) continue;
    out.push({ text, key, line: i + 1 });
  }
  return out;
}

function assemble(sections: { section: SectionKind; text: string }[]): DerivedArticle {
  const paragraphs: Paragraph[] = [];
  let text = '';
  for (const { section, text: p } of sections) {
    if (text) text += '\n\n';
    paragraphs.push({ section, start: text.length, end: text.length + p.length });
    text += p;
  }
  return { text, paragraphs };
}

function normalize(line: string): string {
  return line.trim().toLowerCase().replace(/\s+/g, ' ');
}

function articleError(file: string, message: string, fix: string): CorpusError {
  return new CorpusError([{ file, line: null, message, fix }]);
}
