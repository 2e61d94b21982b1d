// The article of a web page as plain text: Readability keeps the article and drops the page around it (on linkedom's DOM).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { StoreError } from './errors.js';

export interface HtmlArticle {
  /** The page's headline: the article's leading h1/h2 when it has one, else Readability's title; null if none. */
  title: string | null;
  /** The byline as the page gives it, minus a leading "By"; null if none. */
  byline: string | null;
  /** One paragraph per line, a blank line between paragraphs, whitespace collapsed; never empty. */
  text: string;
}

/** Elements whose start and end break a paragraph. */
const BLOCKS = new Set(
  'address article aside blockquote br dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
/** Elements whose text is never article text (Readability drops most of them already). */
const SKIPPED = new Set(
  'button canvas embed head iframe input noscript object script select style svg template textarea'.split(
    ' ',
  ),
);

/** Node types, as numbers: DOM implementations differ in where they expose the constants. */
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Fewer characters of text than this is page furniture (a menu, a cookie notice), not an article: the same floor
 * as Readability's own `isProbablyReaderable`.
 */
const MIN_ARTICLE_CHARS = 140;

/**
 * Markdown and plain text need none of this: they are kept as they are. A fragment without `<html>` is read as the
 * body of a page. Throws `no-article` when no article of at least 140 characters is found.
 */
export function articleFromHtml(html: string): HtmlArticle {
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  const parsed = new Readability(document).parse();
  const content = parseHTML(`<!doctype html><html><body>${parsed?.content ?? ''}</body></html>`);
  const body = content.document.body;
  const byline = clean(parsed?.byline ?? '');
  const paragraphs = paragraphsOf(body).filter((p) => !sameText(p, byline));
  const length = paragraphs.join(' ').length;
  if (length < MIN_ARTICLE_CHARS) {
    throw new StoreError(
      'no-article',
      `no article was found in the page: ${length} characters of text remain without the page around it, fewer than ${MIN_ARTICLE_CHARS}`,
    );
  }
  const heading = clean(body.querySelector('h1, h2')?.textContent ?? '');
  const title = heading && sameText(heading, paragraphs[0]!) ? heading : clean(parsed?.title ?? '');
  return {
    title: title || null,
    byline: byline.replace(/^by\s+/i, '') || null,
    text: paragraphs.join('\n\n'),
  };
}

/** The text of `root`, one entry per paragraph: block elements and `<br>` end one. */
function paragraphsOf(root: Node): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = clean(current);
    if (text) paragraphs.push(text);
    current = '';
  };
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) current += child.textContent ?? '';
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = child.nodeName.toLowerCase();
      if (SKIPPED.has(tag)) continue;
      if (BLOCKS.has(tag)) flush();
      walk(child);
      if (BLOCKS.has(tag)) flush();
    }
  };
  walk(root);
  flush();
  return paragraphs;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function sameText(a: string, b: string): boolean {
  return a !== '' && a.toLowerCase() === b.toLowerCase();
}
