// A change to one document leaves the graph as a full build of the changed corpus would make it (positions aside).
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../graph/build.js';
import { corpusOfParts } from '../../graph/corpus/assemble.js';
import type { CorpusParts } from '../../graph/corpus/assembly.js';
import { loadCorpusParts } from '../../graph/corpus/load.js';
import { withDocument, withoutDocument } from '../../graph/corpus/update.js';
import { prepareEssay, updateEssay } from '../../graph/essay.js';
import type { EssayGraph } from '../../graph/types.js';
import { TWO_ESSAYS } from '../helpers/two-essays.js';

/** Nodes and edges with their attributes, positions left out: a new entity is placed, not laid out. */
function content(graph: EssayGraph) {
  const { nodes, edges, attributes } = graph.export();
  return {
    attributes,
    nodes: nodes
      .map(({ key, attributes: a }) => ({ key, ...a, x: 0, y: 0 }))
      .sort((a, b) => a.key.localeCompare(b.key)),
    edges: edges
      .map(({ key, source, target, attributes: a }) => ({ key, source, target, a }))
      .sort((a, b) => a.key!.localeCompare(b.key!)),
  };
}

const fullBuild = (parts: CorpusParts) => buildGraph(corpusOfParts(parts), { layout: false });

describe('updateEssay', () => {
  it.each(['secret-speech', 'mao-and-moscow'])(
    'should take %s out and put it back as a full build would',
    async (slug) => {
      const parts = await loadCorpusParts(TWO_ESSAYS);
      const loaded = { ...prepareEssay(corpusOfParts(parts), { layout: false }), parts };
      const without = withoutDocument(parts, slug);
      const removed = updateEssay(loaded, without, slug);
      expect(content(removed.graph)).toEqual(content(fullBuild(without)));
      expect(removed.index.search('bo sample', 1)[0]?.id === 'bo-sample').toBe(
        slug !== 'mao-and-moscow',
      );

      const back = withDocument(
        without,
        parts.documents.find((d) => d.parsed.slug === slug)!.parsed,
      );
      const restored = updateEssay(removed, back, slug);
      expect(content(restored.graph)).toEqual(content(fullBuild(parts)));
      expect(restored.corpus.relations.map((r) => r.id).sort()).toEqual(
        corpusOfParts(parts)
          .relations.map((r) => r.id)
          .sort(),
      );
    },
  );

  it('should place an entity a document brings among its neighbours, and move no other', async () => {
    const parts = await loadCorpusParts(TWO_ESSAYS);
    const without = withoutDocument(parts, 'mao-and-moscow');
    const loaded = {
      ...prepareEssay(corpusOfParts(without), { layout: { nodeSize: () => 5 } }),
      parts: without,
    };
    const before = new Map(loaded.graph.mapNodes((id, a) => [id, [a.x, a.y]] as const));
    const after = updateEssay(loaded, parts, 'mao-and-moscow').graph;
    for (const [id, position] of before)
      expect([after.getNodeAttribute(id, 'x'), after.getNodeAttribute(id, 'y')]).toEqual(position);
    const nixon = after.getNodeAttributes('richard-nixon');
    expect(Number.isFinite(nixon.x) && Number.isFinite(nixon.y)).toBe(true);
  });
});
