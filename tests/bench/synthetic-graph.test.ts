import { largestConnectedComponent } from 'graphology-components';
import { describe, expect, it } from 'vitest';
import { isRelationType, RELATION_TYPES } from '../../graph/relation-types.js';
import { ENTITY_KINDS, MODALITIES, POLARITIES } from '../../graph/types.js';
import { buildSyntheticGraph, generateCorpus } from '../../bench/synthetic-graph.js';

const EDGES = 2_000;
const corpus = generateCorpus({ edges: EDGES, seed: 'test' });
const graph = buildSyntheticGraph(corpus);

describe('generateCorpus', () => {
  it('should make exactly the relations asked for, ~4.4 per entity', () => {
    expect(corpus.relations).toHaveLength(EDGES);
    expect(corpus.entities).toHaveLength(Math.round(EDGES / 4.4));
  });

  it('should be deterministic: same seed, same corpus; another seed, another corpus', () => {
    expect(generateCorpus({ edges: EDGES, seed: 'test' })).toEqual(corpus);
    expect(generateCorpus({ edges: EDGES, seed: 'other' }).relations).not.toEqual(corpus.relations);
  });

  it('should give every entity a known kind and a unique id', () => {
    expect(new Set(corpus.entities.map((e) => e.id)).size).toBe(corpus.entities.length);
    for (const e of corpus.entities) expect(ENTITY_KINDS).toContain(e.kind);
  });

  it('should type, date and attest relations as the corpus does', () => {
    const ids = new Set(corpus.entities.map((e) => e.id));
    for (const r of corpus.relations) {
      expect(isRelationType(r.relation)).toBe(true);
      expect(POLARITIES).toContain(r.polarity);
      expect(MODALITIES).toContain(r.modality);
      expect(ids.has(r.assertedBy)).toBe(true);
      expect(r.source).not.toBe(r.target);
      if (r.time?.start != null && r.time.end != null)
        expect(r.time.start).toBeLessThanOrEqual(r.time.end);
      for (const e of r.evidence) {
        expect(e.quote.length).toBeGreaterThan(0);
        expect(corpus.text.slice(e.start, e.end)).toBe(e.quote);
      }
    }
  });

  it('should be connected but for small islands', () => {
    expect(largestConnectedComponent(graph).length / graph.order).toBeGreaterThan(0.95);
  });

  it('should have hubs: the largest degree far above the mean', () => {
    const degrees = graph.mapNodes((n) => graph.degree(n));
    const mean = (2 * graph.size) / graph.order;
    expect(Math.max(...degrees)).toBeGreaterThan(5 * mean);
  });

  it('should refuse a size that is not a whole number', () => {
    expect(() => generateCorpus({ edges: 10.5 })).toThrow(/whole number/);
  });
});

describe('buildSyntheticGraph', () => {
  it('should make a node per entity and an edge per relation, labelled by relation type', () => {
    expect(graph.order).toBe(corpus.entities.length);
    expect(graph.size).toBe(EDGES);
    const r = corpus.relations[0]!;
    const type = RELATION_TYPES[r.relation as keyof typeof RELATION_TYPES];
    expect(graph.getEdgeAttributes(r.id)).toMatchObject({
      relation: r.relation,
      label: type.label,
      inverseLabel: type.inverseLabel,
    });
  });

  it('should size nodes by importance, the best connected at 1', () => {
    expect(Math.max(...graph.mapNodes((_, a) => a.importance))).toBe(1);
  });
});
