import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { loadEssay } from '../../graph/essay.js';
import { createApp } from '../../server/app.js';
import { fixedEssay } from '../../server/essay-source.js';
import { buildSyntheticGraph, generateCorpus } from '../../bench/synthetic-graph.js';
import { worstUrls } from '../../bench/worst-case-http.js';
import { budgetFor, exhaustBudget, worstQueries, WORST } from '../../bench/worst-case.js';
import { essayGraph } from '../helpers/essay-graph.js';
import { MINI_CORPUS } from '../helpers/fixtures.js';
import { DRAWN_LAYOUT } from '../../export/drawn-graph.js';

const graph = buildSyntheticGraph(generateCorpus({ edges: 2_000, seed: 'test' }));
const COUNTS = { random: 3, hubs: 2, near: 2, close: 2, pairs: 2 };

describe('worstQueries', () => {
  it('should make the queries asked for, 7 distinct stops each (2 for pairs)', () => {
    const queries = worstQueries(graph, COUNTS, 's');
    expect(queries).toHaveLength(11);
    for (const q of queries) {
      expect(q.stops).toHaveLength(q.group === 'pairs' ? 2 : WORST.waypoints + 2);
      expect(new Set(q.stops).size).toBe(q.stops.length);
      for (const id of q.stops) expect(graph.hasNode(id)).toBe(true);
    }
  });

  it('should be deterministic', () => {
    expect(worstQueries(graph, COUNTS, 's')).toEqual(worstQueries(graph, COUNTS, 's'));
    expect(worstQueries(graph, COUNTS, 's')).not.toEqual(worstQueries(graph, COUNTS, 't'));
  });

  it('should make close routes of neighbours', () => {
    for (const q of worstQueries(graph, COUNTS, 's').filter((x) => x.group === 'close'))
      q.stops.slice(1).forEach((id, i) => expect(graph.areNeighbors(q.stops[i]!, id)).toBe(true));
  });
});

describe('exhaustBudget', () => {
  it('should run the traversal until the budget is spent', () => {
    expect(exhaustBudget(graph, graph.nodes(), 20_000)).toBe(true);
  });

  it('should give up on a graph without edges', () => {
    const empty = essayGraph([], { a: {} });
    expect(exhaustBudget(empty, empty.nodes(), 10)).toBe(false);
  });
});

describe('budgetFor', () => {
  it('should give the entries a block of so many ms allows at a pace', () => {
    expect(budgetFor(250, 0.5)).toBeCloseTo(500_000);
  });
});

describe('worstUrls', () => {
  it('should ask /api/paths and /api/query in turn, with the most the API allows', async () => {
    const essay = await loadEssay(MINI_CORPUS, { layout: DRAWN_LAYOUT });
    const app = createApp({ source: fixedEssay(essay) });
    const next = worstUrls(essay.graph.nodes(), 's');
    const urls = Array.from({ length: 6 }, next);
    expect(urls.filter((u) => u.startsWith('/api/paths?'))).toHaveLength(3);
    expect(urls.filter((u) => u.startsWith('/api/query?'))).toHaveLength(3);
    for (const url of urls) {
      const res = await request(app).get(url);
      expect([200, 422]).toContain(res.status);
      expect(res.body.query).toMatchObject({ k: WORST.k, maxHops: WORST.maxHops });
      expect(res.body.query.via).toHaveLength(WORST.waypoints);
    }
  });
});
