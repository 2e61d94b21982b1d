import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderMarkdown } from '../../export/markdown.js';
import { MINI_PATH, miniView, trickyView, twoPathView } from './views.js';

describe('report.md', () => {
  it('should tell the path as a numbered narrative with its quotes and the essay’s credit', async () => {
    const md = renderMarkdown(await miniView(MINI_PATH));
    expect(md).toContain('# Mao Zedong → Nikita Khrushchev → Joseph Stalin');
    expect(md).toContain('*From “A small test essay” — Jane Roe, Test Gazette.*');
    expect(md).toContain('1. **Mao Zedong has denounced Nikita Khrushchev (since 1956)**');
    expect(md).toContain('   > “called Khrushchev a “revisionist.”” — sentence 4');
    expect(md).toContain('Capitals restored for reading');
    expect(md).toContain('2. **Nikita Khrushchev denounced Joseph Stalin (1956)**');
  });

  it('should number several paths apart', () => {
    const md = renderMarkdown(twoPathView());
    expect(md).toContain('## Path 1 (1 hop)');
    expect(md).toContain('## Path 2 (2 hops)');
  });

  it('should summarise a graph view: entities by kind, relations with quotes', async () => {
    const md = renderMarkdown(await miniView({ at: 1969 }));
    // In 1969 one person has no relation left: the report, like the picture, leaves them out.
    expect(md).toContain('### Person (3)');
    expect(md).toContain('- Soviet Union denounced China (1969)');
    expect(md).toContain('  > “the Soviet Union and China were on the brink of war” — sentence');
    expect(md).not.toContain('Nikita Khrushchev denounced Joseph Stalin');
  });

  it('should escape Markdown in quoted text', () => {
    expect(escapeMarkdown('a *b* [c](d) <e> #f\nnext')).toBe(
      'a \\*b\\* \\[c\\](d) \\<e\\> \\#f next',
    );
  });
});

describe('report.md against injected structure', () => {
  it.each(['\r', '\u2028', '\u2029', '\r\n', '\n'])(
    'should keep a description with %j on one line',
    (lineBreak) => {
      const view = trickyView();
      view.graph.setNodeAttribute(
        'c',
        'description',
        `plain${lineBreak}# Injected heading${lineBreak}- item${lineBreak}---`,
      );
      const md = renderMarkdown(view);
      expect(md).not.toMatch(/[\r\u2028\u2029]/);
      expect(md.split('\n').filter((l) => l.includes('Injected'))).toEqual([
        '- **Plain** — plain \\# Injected heading - item ---',
      ]);
    },
  );

  it('should percent-encode the source url so it cannot break out of its autolink', () => {
    const view = trickyView();
    view.meta = { ...view.meta, url: 'https://example.org/a b<img src=x onerror=alert(1)>' };
    const md = renderMarkdown(view);
    expect(md).toContain('<https://example.org/a%20b%3Cimg%20src=x%20onerror=alert(1)%3E>');
    expect(md).not.toContain('<img');
  });

  it('should leave out a url that is not http or https', () => {
    const view = trickyView();
    view.meta = { ...view.meta, url: 'javascript:alert(1)' };
    expect(renderMarkdown(view)).not.toMatch(/javascript:/i);
  });
});
