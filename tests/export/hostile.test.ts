// Every export of a corpus made of markup and script stays well-formed and carries that text as text.
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { loadEssay } from '../../graph/essay.js';
import { EXPORT_FORMATS } from '../../export/formats.js';
import { exportView } from '../../export/view.js';
import { DRAWN_LAYOUT } from '../../export/drawn-graph.js';

const HOSTILE_CORPUS = 'tests/fixtures/hostile';
const essay = await loadEssay(HOSTILE_CORPUS, { layout: DRAWN_LAYOUT });
const graphView = exportView(essay, {});
const pathView = exportView(essay, { from: 'mallory', to: 'javascript-url' });
const render = async (name: string, view = pathView) =>
  String(await EXPORT_FORMATS.find((f) => f.name === name)!.render(view));

/** Element names and attributes of an XML document, to look for anything executable. */
function elementsAndAttributes(xml: string): {
  elements: string[];
  attributes: [string, string][];
} {
  const elements: string[] = [];
  const attributes: [string, string][] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === ':@') {
        for (const [name, v] of Object.entries(value as object))
          attributes.push([name.slice(2), String(v)]);
      } else if (key !== '#text') {
        elements.push(key);
        walk(value);
      }
    }
  };
  walk(
    new XMLParser({
      preserveOrder: true,
      ignoreAttributes: false,
      attributeNamePrefix: '@_',
    }).parse(xml),
  );
  return { elements, attributes };
}

describe('exports of hostile content', () => {
  it('should find the path through the hostile corpus', () => {
    expect(pathView.paths?.length).toBeGreaterThan(0);
  });

  it.each(['graph.svg', 'graph.gexf', 'graph.graphml'])(
    'should keep %s well-formed with no script',
    async (name) => {
      for (const view of [graphView, pathView]) {
        const xml = await render(name, view);
        expect(XMLValidator.validate(xml)).toBe(true);
        const { elements, attributes } = elementsAndAttributes(xml);
        expect(elements.map((e) => e.toLowerCase())).not.toContain('script');
        expect(elements.map((e) => e.toLowerCase())).not.toContain('foreignobject');
        expect(attributes.filter(([n]) => /^on/i.test(n))).toEqual([]);
        const links = attributes.filter(([n]) => /(^|:)(href|src)$/i.test(n));
        expect(links.filter(([, v]) => /^\s*javascript:/i.test(v))).toEqual([]);
      }
    },
  );

  it('should show the hostile labels as text in the SVG', async () => {
    const svg = await render('graph.svg');
    expect(svg).toContain('Mallory &lt;img src=x onerror=alert(1)&gt;');
    expect(svg).not.toContain('<img');
  });

  it('should escape markup in the Markdown report', async () => {
    const md = await render('report.md');
    expect(md).toMatch(/Mallory \\<img src=x onerror=alert\(1\)\\>/);
    expect(md.match(/(?<!\\)<(?!https?:)/g)).toBeNull();
  });

  it('should keep the HTML export to its data block and viewer script, the data unable to close either', async () => {
    const html = await render('graph.html');
    expect(html.match(/<script\b/gi)).toHaveLength(2);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html).not.toMatch(/<img\b/i);
    const data = /<script type="application\/json"[^>]*>([^<]*)<\/script>/.exec(html)?.[1];
    expect(JSON.parse(data!).meta.author).toBe('Mallory <img src=x onerror=alert(1)>');
  });

  it('should quote hostile text in CSV so it parses back as written', async () => {
    const rows = parseCsv(await render('nodes.csv', graphView), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.map((r) => r.label)).toContain('Mallory <img src=x onerror=alert(1)>');
    expect(rows).toHaveLength(essay.graph.order);
  });

  it('should carry hostile text in JSON verbatim', async () => {
    const json = JSON.parse(await render('graph.json', graphView));
    const labels = json.nodes.map((n: { attributes: { label: string } }) => n.attributes.label);
    expect(labels).toContain('The </script> State');
  });
});
