// A helper spreads a graph from its structure alone to the very positions spreadGraph gives the graph itself.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../graph/build.js';
import { loadCorpus } from '../../graph/corpus/load.js';
import { spreadGraph } from '../../graph/layout.js';
import { placeSpread, spreadStructure, structureOf } from '../../graph/layout-structure.js';
import { ESSAY_CORPUS } from '../helpers/fixtures.js';
import { TWO_ESSAYS } from '../helpers/two-essays.js';

/** Each node's position, in order. */
const positions = (graph: ReturnType<typeof buildGraph>) => graph.mapNodes((_, { x, y }) => [x, y]);

describe('spreadStructure', () => {
  it.each([
    ['the essay', ESSAY_CORPUS],
    ['two essays', TWO_ESSAYS],
  ])('should give %s the positions spreadGraph gives, to the bit', async (_, dir) => {
    const corpus = await loadCorpus(dir);
    const spread = buildGraph(corpus, { layout: false });
    spreadGraph(spread, { seed: 'test' });
    const placed = buildGraph(corpus, { layout: false });
    placeSpread(placed, spreadStructure(structureOf(corpus), { seed: 'test' }));
    expect(positions(placed)).toEqual(positions(spread));
    expect(new Set(positions(placed).flat()).size).toBeGreaterThan(corpus.entities.length);
  });
});
