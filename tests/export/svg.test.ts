import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { TooExpensiveError } from '../../graph/errors.js';
import { DRAWING_LIMITS } from '../../export/svg-scene.js';
import { renderSvg } from '../../export/svg.js';
import { MINI_PATH, miniView, TRICKY_TEXT, trickyView, twoPathView } from './views.js';

const path = await miniView(MINI_PATH);
const svg = renderSvg(path);

/** Every text of the drawing, entities decoded, in document order. */
function texts(source: string): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) {
        if (key === '#text') out.push(String(value));
        else walk(value);
      }
  };
  walk(new XMLParser({ preserveOrder: true, ignoreAttributes: true }).parse(source));
  return out;
}

describe('graph.svg', () => {
  it('should be well-formed XML', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
  });

  it('should name the path’s entities and quote each hop in a numbered footnote', () => {
    const all = texts(svg);
    for (const label of ['Mao Zedong', 'Nikita Khrushchev', 'Joseph Stalin'])
      expect(all).toContain(label);
    expect(all).toContain('Mao Zedong has denounced Nikita Khrushchev (since 1956)');
    // Quotes print in display form (names and sentence starts cased), and the footer says so.
    expect(all).toContain('“called Khrushchev a “revisionist.”” — sentence 4');
    expect(all).toContain('“Soviet leader Nikita Khrushchev denounced Joseph Stalin” — sentence 3');
    expect(all.join(' ')).toContain('Capitals restored for reading');
    expect(svg.match(/data-hop="\d+"/g)).toEqual(['data-hop="1"', 'data-hop="2"']);
  });

  it('should carry the title, the essay’s credit and a legend of kinds and polarities', () => {
    const all = texts(svg).join('\n');
    expect(all).toContain('Mao Zedong → Nikita Khrushchev → Joseph Stalin');
    expect(all).toContain('From “A small test essay” — Jane Roe, Test Gazette');
    // The legend names only what is drawn: the path's people and hostile hops.
    for (const word of ['Person', 'hostile']) expect(all).toContain(word);
    for (const word of ['State', 'Event', 'neutral']) expect(all).not.toContain(word);
  });

  it('should draw only the path, with no faded context, and draw its hops thick', () => {
    expect(svg.match(/<circle data-node="[^"]+"/g)).toEqual([
      '<circle data-node="mao-zedong"',
      '<circle data-node="nikita-khrushchev"',
      '<circle data-node="joseph-stalin"',
    ]);
    expect(svg).not.toMatch(/opacity="0\.3"/);
    expect(svg).toMatch(/stroke-width="4\.5"[^>]*marker-end="url\(#arrow-hostile-path\)"/);
  });

  it('should escape every text, however tricky, and stay well-formed', () => {
    const tricky = renderSvg(trickyView());
    expect(XMLValidator.validate(tricky)).toBe(true);
    expect(tricky).toContain(
      'O\'Brien said "no" \\ &lt;b&gt;&amp;amp;&lt;/b&gt;, then: line two line three tabbed',
    );
    expect(texts(tricky)).toContain(TRICKY_TEXT.replace(/\s+/g, ' '));
    expect(texts(tricky).join(' ')).toContain('A "tricky" <essay> & co');
  });

  it('should flip the y axis, so north in the layout is up on the page', async () => {
    const view = await miniView();
    const cy = (id: string) =>
      Number(renderSvg(view).match(new RegExp(`data-node="${id}" cx="[^"]+" cy="([^"]+)"`))![1]);
    const layoutY = (id: string) => view.graph.getNodeAttribute(id, 'y');
    expect(layoutY('china') > layoutY('joseph-stalin')).toBe(cy('china') < cy('joseph-stalin'));
  });

  it('should say why when a path view has no path', async () => {
    const none = await miniView({ from: 'stalin', to: 'united-states', directed: true });
    expect(none.paths).toEqual([]);
    expect(texts(renderSvg(none)).join(' ')).toContain(
      'No path connects Joseph Stalin and United States',
    );
  });
});

describe('graph.svg size limits', () => {
  const heightOf = (source: string) => Number(/<svg[^>]*\sheight="(\d+)"/.exec(source)![1]);

  it('should shorten a huge quote in the footnotes instead of drawing all of it', () => {
    const view = twoPathView();
    const hop = view.paths![0]!.hops[0]!;
    const quote = 'word '.repeat(118_000).trim();
    hop.evidence = [{ quote, sentence: 0, start: 0, end: quote.length }];
    const drawn = renderSvg(view);
    expect(heightOf(drawn)).toBeLessThan(3000);
    const footnote = texts(drawn)
      .filter((t) => t.includes('word word'))
      .join(' ');
    expect(footnote.length).toBeLessThanOrEqual(DRAWING_LIMITS.quoteChars + 40);
    expect(footnote).toContain('…');
  });

  it('should refuse (422) a drawing taller than the cap', () => {
    const view = twoPathView();
    view.paths = Array.from({ length: 400 }, () => view.paths![1]!);
    expect(() => renderSvg(view)).toThrow(TooExpensiveError);
    expect(() => renderSvg(view)).toThrow(/taller than/);
  });
});
