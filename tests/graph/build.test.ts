import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../graph/build.js';
import { parseCorpus } from '../../graph/corpus/assemble.js';
import { KIND_COLORS, NODE_SIZE } from '../../export/style.js';
import { miniFiles } from '../helpers/fixtures.js';
import { DRAWN_LAYOUT, drawGraph } from '../../export/drawn-graph.js';

const corpus = parseCorpus(miniFiles());

describe('buildGraph', () => {
  it('should make a node per entity and an edge per relation', () => {
    const graph = buildGraph(corpus, { layout: DRAWN_LAYOUT });
    expect(graph.order).toBe(corpus.entities.length);
    expect(graph.size).toBe(corpus.relations.length);
    expect(graph.multi).toBe(true);
  });

  it('should carry the relation attributes on each edge', () => {
    const edge = buildGraph(corpus, { layout: DRAWN_LAYOUT }).getEdgeAttributes(
      'nikita-khrushchev.denounced.joseph-stalin',
    );
    expect(edge).toMatchObject({
      relation: 'denounced',
      label: 'denounced',
      inverseLabel: 'was denounced by',
      time: { start: 1956, end: 1956 },
      polarity: 'hostile',
      modality: 'fact',
      assertedBy: 'jane-roe',
    });
    expect(edge.evidence[0]!.quote).toBe('soviet leader nikita khrushchev denounced joseph stalin');
  });

  it('should carry no drawing values: sizes and colours are the drawing side’s', () => {
    const graph = buildGraph(corpus, { layout: DRAWN_LAYOUT });
    graph.forEachNode((_, a) => expect(a).not.toHaveProperty('size'));
    graph.forEachNode((_, a) => expect(a).not.toHaveProperty('color'));
    graph.forEachEdge((_, a) => expect(a).not.toHaveProperty('size'));
    graph.forEachEdge((_, a) => expect(a).not.toHaveProperty('color'));
  });

  it('should colour nodes by kind and size them by importance, as drawn', () => {
    const graph = drawGraph(buildGraph(corpus, { layout: DRAWN_LAYOUT }));
    expect(graph.getNodeAttribute('china', 'color')).toBe(KIND_COLORS.state);
    const sizes = graph.mapNodes((_, a) => a.size);
    expect(Math.max(...sizes)).toBe(NODE_SIZE.max);
    // Khrushchev touches the most relations in the fixture.
    expect(graph.getNodeAttribute('nikita-khrushchev', 'importance')).toBe(1);
  });

  it('should lay out deterministically: same corpus, byte-identical output', () => {
    const a = JSON.stringify(buildGraph(corpus, { layout: DRAWN_LAYOUT }).export());
    const b = JSON.stringify(
      buildGraph(parseCorpus(miniFiles()), { layout: DRAWN_LAYOUT }).export(),
    );
    expect(a).toBe(b);
  });

  it('should spread nodes apart', () => {
    const graph = buildGraph(corpus, { layout: DRAWN_LAYOUT });
    const xs = graph.mapNodes((_, a) => `${a.x},${a.y}`);
    expect(new Set(xs).size).toBe(graph.order);
  });
});
