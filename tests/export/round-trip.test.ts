import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { restoreJsonAttributes } from '../../export/attributes.js';
import { gexfFormat } from '../../export/gexf.js';
import { graphmlFormat, writeGraphml } from '../../export/graphml.js';
import { jsonFormat } from '../../export/json.js';
import { dataGraph } from '../../export/view.js';
import { contents, MINI_PATH, miniView, trickyGraph, trickyView } from './views.js';

const mini = await miniView();
const path = await miniView(MINI_PATH);
const tricky = trickyView();

async function reread(format: 'gexf' | 'graphml' | 'json', view: typeof mini) {
  if (format === 'json') {
    const body = String(await jsonFormat.render(view));
    return MultiDirectedGraph.from(JSON.parse(body));
  }
  const body = String(await (format === 'gexf' ? gexfFormat : graphmlFormat).render(view));
  const parse = format === 'gexf' ? gexf.parse : graphml.parse;
  return restoreJsonAttributes(parse(MultiDirectedGraph, body));
}

describe.each(['gexf', 'graphml', 'json'] as const)('%s export', (format) => {
  it('should read back into graphology with the same nodes, edges and attributes', async () => {
    expect(contents(await reread(format, mini))).toEqual(contents(mini.graph));
  });

  it('should keep quotes, backslashes, markup, line breaks and unicode intact', async () => {
    expect(contents(await reread(format, tricky))).toEqual(contents(tricky.graph));
  });

  it('should export only the paths’ nodes and hops for a path view', async () => {
    const back = await reread(format, path);
    expect(back.nodes().sort()).toEqual(['joseph-stalin', 'mao-zedong', 'nikita-khrushchev']);
    expect(back.size).toBe(2);
    expect(contents(back)).toEqual(contents(dataGraph(path)));
  });
});

describe('graphml export', () => {
  it('should keep the graph attributes (title, author, publication)', () => {
    const back = graphml.parse(MultiDirectedGraph, writeGraphml(trickyGraph())).getAttributes();
    // GraphML has no lists: the documents travel as JSON, as list attributes of nodes and edges do.
    const documents = JSON.parse(String(back.documents)) as unknown;
    expect({ ...back, documents }).toEqual(trickyGraph().getAttributes());
  });

  it('should declare each key with its type, and say which attributes are JSON', () => {
    const body = writeGraphml(trickyGraph());
    expect(body).toContain('<key id="n_x" for="node" attr.name="x" attr.type="double"/>');
    expect(body).toMatch(
      /<key id="e_evidence" for="edge" attr.name="evidence" attr.type="string">\s*<desc>JSON array of \{quote, sentence, start, end\}/,
    );
  });

  it('should drop characters XML cannot carry rather than write an unreadable file', () => {
    const graph = trickyGraph();
    graph.setNodeAttribute('c', 'description', 'bell\u0007 and nul\u0000 end');
    const back = graphml.parse(MultiDirectedGraph, writeGraphml(graph));
    expect(back.getNodeAttribute('c', 'description')).toBe('bell and nul end');
  });
});
