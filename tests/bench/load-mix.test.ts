import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { loadEssay } from '../../graph/essay.js';
import { createApp } from '../../server/app.js';
import { fixedEssay } from '../../server/essay-source.js';
import {
  growth,
  loadRoutes,
  misspell,
  mixEntities,
  searchQueries,
  splitConnections,
  type MixEntity,
} from '../../bench/load-mix.js';
import { MINI_CORPUS } from '../helpers/fixtures.js';
import { DRAWN_LAYOUT } from '../../export/drawn-graph.js';

let app: Express;
let entities: MixEntity[];
beforeAll(async () => {
  const essay = await loadEssay(MINI_CORPUS, { layout: DRAWN_LAYOUT });
  app = createApp({ source: fixedEssay(essay) });
  entities = mixEntities(essay.graph);
});

describe('splitConnections', () => {
  it('should give every route at least one connection and use exactly the total', () => {
    const counts = splitConnections([5, 12, 7, 5, 8, 4, 2, 2, 2, 2, 1], 50);
    expect(counts.reduce((s, c) => s + c, 0)).toBe(50);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
    expect(counts[1]).toBeGreaterThan(counts[0]!);
  });

  it('should split in proportion to the weights', () => {
    expect(splitConnections([1, 1], 10)).toEqual([5, 5]);
    expect(splitConnections([3, 1], 10)).toEqual([7, 3]);
  });

  it('should refuse fewer connections than routes', () => {
    expect(() => splitConnections([1, 1, 1], 2)).toThrow(/one each/);
  });
});

describe('growth', () => {
  it('should give the growth as a fraction, negative when memory shrank', () => {
    expect(growth(100, 120)).toBeCloseTo(0.2);
    expect(growth(100, 80)).toBeCloseTo(-0.2);
  });
});

describe('misspell', () => {
  it('should swap the two middle letters of a long word', () => {
    expect(misspell('Khrushchev')).toBe('Khruhschev');
  });

  it('should drop the last letter of a short word', () => {
    expect(misspell('Mao')).toBe('Ma');
  });
});

describe('searchQueries', () => {
  it('should hold whole names, typos and prefixes', () => {
    const queries = searchQueries(entities);
    expect(queries).toContain('Mao Zedong');
    expect(queries).toContain('mao');
    expect(queries.some((q) => q !== misspell(q) && entities.every((e) => e.label !== q))).toBe(
      true,
    );
  });
});

describe('loadRoutes', () => {
  it('should name the routes of the mix, exports included', () => {
    const names = loadRoutes(entities).map((r) => r.name);
    expect(names).toEqual(
      expect.arrayContaining([
        '/api/graph',
        '/api/entities?q=',
        '/api/entities/:id',
        '/api/neighbors/:id?depth=2',
        '/api/paths',
        '/api/query?q=',
        '/api/export/graph.svg',
        '/api/export/report.md',
        '/api/export/graph.json',
        '/api/export/nodes.csv',
        '/api/export/graph.png',
      ]),
    );
  });

  it('should give the same requests for the same seed and other ones for another', () => {
    for (const route of loadRoutes(entities)) {
      const a = route.stream('s');
      const b = route.stream('s');
      const first = Array.from({ length: 10 }, a);
      expect(Array.from({ length: 10 }, b)).toEqual(first);
    }
    const paths = loadRoutes(entities).find((r) => r.name === '/api/paths')!;
    expect(Array.from({ length: 10 }, paths.stream('t'))).not.toEqual(
      Array.from({ length: 10 }, paths.stream('s')),
    );
  });

  it('should ask exports for popular views again and now and then for a new one', () => {
    const svg = loadRoutes(entities).find((r) => r.export === 'graph.svg')!;
    const urls = Array.from({ length: 200 }, svg.stream('s'));
    const counts = new Map<string, number>();
    for (const url of urls) counts.set(url, (counts.get(url) ?? 0) + 1);
    const once = [...counts.values()].filter((n) => n === 1).length;
    expect(once).toBeGreaterThan(5);
    expect(once).toBeLessThan(60);
  });

  it('should refuse a corpus too small for the mix', () => {
    expect(() => loadRoutes(entities.slice(0, 3))).toThrow(/at least 8/);
  });

  it('should send only requests the app answers with 200', async () => {
    for (const route of loadRoutes(entities)) {
      // PNG renders take a while; one is enough to know the URL is right.
      const count = route.export === 'graph.png' ? 1 : 8;
      const next = route.stream('s');
      for (let i = 0; i < count; i++) {
        const url = next();
        const res = await request(app).get(url);
        expect({ url, status: res.status }).toEqual({ url, status: 200 });
      }
    }
  }, 60_000);
});
