// graph.gexf: well-formed XML whatever characters the corpus holds, so Gephi can open it.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { writeGexf } from '../../export/gexf.js';
import { trickyGraph } from './views.js';

/** Characters XML 1.0 cannot carry: NUL, BEL, ESC, U+FFFE and a lone surrogate. */
const NOT_XML = '\u0000\u0007\u001b\uFFFE\uD800';

describe('graph.gexf', () => {
  it('should drop characters XML cannot carry from labels, attributes and quotes', () => {
    const graph = trickyGraph();
    graph.setNodeAttribute('c', 'label', `Pl${NOT_XML}ain`);
    graph.setNodeAttribute('c', 'description', `de${NOT_XML}scribed`);
    graph.updateEdgeAttribute('r3', 'evidence', (e) => [{ ...e![0]!, quote: `qu${NOT_XML}ote` }]);
    graph.setAttribute('title', `Ti${NOT_XML}tle`);
    const xml = writeGexf(graph);
    expect(XMLValidator.validate(xml)).toBe(true);
    for (const c of NOT_XML) expect(xml).not.toContain(c);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    const labels = parsed.gexf.graph.nodes.node.map((n: Record<string, string>) => n['@_label']);
    expect(labels).toContain('Plain');
    expect(xml).toContain('described');
    expect(xml).toContain('quote');
  });
});
