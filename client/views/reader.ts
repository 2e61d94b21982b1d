// The reader: one document at a time, entity mentions as links; the view's sentences are highlighted and scrolled to.
import { h, replaceChildren } from './dom.js';
import { articleSegments } from '../state/article-segments.js';
import { DISPLAY_CASE_NOTE } from '../../graph/text/display-case.js';
import type { Article, ExplorerGraph } from '../types.js';

export interface Reader {
  /**
   * Shows the document `slug`'s article; null while it is on its way (or, with no slug, for a graph without
   * documents). Showing what is shown already does nothing.
   */
  show(slug: string | null, article: Article | null): void;
  highlight(sentences: number[], scroll: boolean): void;
  flash(sentence: number): void;
}

const HEADINGS: Record<string, keyof HTMLElementTagNameMap> = {
  title: 'h2',
  deck: 'p',
  caption: 'figcaption',
};

/** Articles are in display form (client/state/display-case.ts): the reader says so in its header. */
export function createReader(root: HTMLElement, graph: ExplorerGraph): Reader {
  const marks = sentenceMarks(root);
  let shown: { slug: string | null; article: Article | null } | null = null;
  return {
    ...marks,
    show(slug, article) {
      if (shown?.slug === slug && shown.article === article) return;
      shown = { slug, article };
      marks.highlight([], false);
      if (slug === null) root.removeAttribute('data-doc');
      else root.dataset.doc = slug;
      if (article && slug !== null) return showArticle(root, graph, slug, article);
      const words = slug === null ? 'This dataset has no article.' : 'Loading the document…';
      replaceChildren(root, h('p', { class: 'muted' }, words));
    },
  };
}

function showArticle(root: HTMLElement, graph: ExplorerGraph, slug: string, article: Article) {
  const meta = article.meta;
  const source = webUrl(meta.url);
  replaceChildren(
    root,
    h(
      'header',
      { class: 'reader-head' },
      h('p', { class: 'eyebrow' }, meta.publication, meta.published ? ` · ${meta.published}` : ''),
      h('p', { class: 'byline' }, meta.author),
      h('p', { class: 'muted case-note', id: 'case-note' }, DISPLAY_CASE_NOTE),
    ),
    h('div', { class: 'article-body' }, articleBody(article, graph, slug)),
    source
      ? h(
          'p',
          { class: 'muted source' },
          h('a', { href: source, rel: 'noopener', target: '_blank' }, 'Original article'),
        )
      : null,
  );
  root.scrollTop = 0;
}

/** Paragraphs of sentences, each mention of an entity a link to it. */
function articleBody(article: Article, graph: ExplorerGraph, slug: string): HTMLElement[] {
  return articleSegments(article, graph, slug).map((paragraph) =>
    h(
      HEADINGS[paragraph.section] ?? 'p',
      { class: `para sec-${paragraph.section}` },
      paragraph.sentences.map((s, i) =>
        h(
          'span',
          { class: 'sentence', id: `sentence-${s.index}`, 'data-index': s.index },
          i > 0 ? ' ' : '',
          s.segments.map((seg) =>
            seg.type === 'text'
              ? seg.text
              : h(
                  'a',
                  {
                    class: 'mention',
                    href: `?node=${encodeURIComponent(seg.node)}`,
                    'data-node': seg.node,
                    title: seg.label,
                  },
                  seg.text,
                ),
          ),
        ),
      ),
    ),
  );
}

/** Lights the view's sentences (scrolled to within the reader) and flashes one on request. */
function sentenceMarks(scroller: HTMLElement): Omit<Reader, 'show'> {
  let lit: Element[] = [];
  return {
    highlight(sentences, scroll) {
      for (const el of lit) el.classList.remove('lit');
      lit = sentences
        .map((i) => document.getElementById(`sentence-${i}`))
        .filter((el): el is HTMLElement => el !== null);
      for (const el of lit) el.classList.add('lit');
      if (scroll && lit[0]) scrollWithin(scroller, lit[0] as HTMLElement);
    },
    flash(sentence) {
      const el = document.getElementById(`sentence-${sentence}`);
      if (!el) return;
      scrollWithin(scroller, el);
      el.classList.remove('flash');
      void el.offsetWidth;
      el.classList.add('flash');
    },
  };
}

/** Scrolls only the reader pane, never the page (scrollIntoView would also move the page on a phone). */
function scrollWithin(container: HTMLElement, el: HTMLElement): void {
  const box = container.getBoundingClientRect();
  const target = el.getBoundingClientRect();
  const top = container.scrollTop + target.top - box.top - container.clientHeight / 3;
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  container.scrollTo({ top: Math.max(0, top), behavior: reduce ? 'auto' : 'smooth' });
}

/** The corpus's `url:` header, as a link only when it is a web address (never `javascript:` or `data:`). */
function webUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
