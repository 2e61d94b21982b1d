// Whole-number parameters read alike on every route: decimal digits (and a minus for years), nothing else.
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { loadEssay } from '../../graph/essay.js';
import { createApp } from '../../server/app.js';
import { fixedEssay } from '../../server/essay-source.js';
import { MINI_CORPUS } from '../helpers/fixtures.js';
import { DRAWN_LAYOUT } from '../../export/drawn-graph.js';

let app: Express;
beforeAll(async () => {
  app = createApp({
    source: fixedEssay(await loadEssay(MINI_CORPUS, { layout: DRAWN_LAYOUT })),
    devDatasets: true,
  });
});

/** A route and a number parameter it takes, with a value it accepts. */
const NUMBER_PARAMS: [string, string, string][] = [
  ['/api/paths?from=mao&to=stalin', 'k', '2'],
  ['/api/paths?from=mao&to=stalin', 'maxHops', '3'],
  ['/api/paths?from=mao&to=stalin', 'at', '1960'],
  ['/api/graph?', 'at', '-5'],
  ['/api/neighbors/mao-zedong?', 'depth', '2'],
  ['/api/entities?q=mao', 'limit', '5'],
  ['/api/export/graph.json?', 'at', '1960'],
  ['/api/dev/synthetic?edges=0', 'nodes', '10'],
  ['/api/query?', 'q', 'mao -> stalin k=2'],
];

const NOT_DECIMAL = ['0x0A', '1e1', '0b11', '0o7', ' 3', '3 ', '+3', '3.0', '١', 'Infinity'];

describe('whole-number parameters', () => {
  it.each(NUMBER_PARAMS)('%s: %s=%s is accepted', async (route, name, value) => {
    await request(app)
      .get(`${route}&${name}=${encodeURIComponent(value)}`)
      .expect(200);
  });

  it.each(NUMBER_PARAMS)('%s: %s takes decimal digits only', async (route, name, value) => {
    // The one-line query splits on spaces: there, a number with spaces around it is just a number.
    const bads = name === 'q' ? NOT_DECIMAL.filter((b) => b.trim() === b) : NOT_DECIMAL;
    for (const bad of bads) {
      const given = name === 'q' ? value.replace('2', bad) : bad;
      const res = await request(app).get(`${route}&${name}=${encodeURIComponent(given)}`);
      expect(res.status, `${name}=${given}`).toBe(400);
      expect(res.body.detail).toMatch(/whole number/);
    }
  });
});
