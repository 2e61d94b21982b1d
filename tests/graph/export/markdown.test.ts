import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderMarkdown } from '../../../graph/export/markdown.js';
import { MINI_PATH, miniView, twoPathView } from './views.js';

describe('report.md', () => {
  it('should tell the path as a numbered narrative with its quotes and the essay’s credit', async () => {
    const md = renderMarkdown(await miniView(MINI_PATH));
    expect(md).toContain('# Mao Zedong → Nikita Khrushchev → Joseph Stalin');
    expect(md).toContain('*From “A small test essay” — Jane Roe, Test Gazette.*');
    expect(md).toContain('1. **Mao Zedong denounced Nikita Khrushchev (from 1956)**');
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
    expect(md).toContain('- Soviet Union **denounced** China (1969)');
    expect(md).toContain('  > “the Soviet Union and China were on the brink of war” — sentence');
    expect(md).not.toContain('Nikita Khrushchev **denounced** Joseph Stalin');
  });

  it('should escape Markdown in quoted text', () => {
    expect(escapeMarkdown('a *b* [c](d) <e> #f\nnext')).toBe(
      'a \\*b\\* \\[c\\](d) \\<e\\> \\#f next',
    );
  });
});
