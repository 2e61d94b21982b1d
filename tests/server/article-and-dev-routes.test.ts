import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { loadEssay } from '../../graph/essay.js';
import { createApp } from '../../server/app.js';
import { fixedEssay } from '../../server/essay-source.js';
import { syntheticGraph } from '../../server/routes/dev-dataset.js';
import { MINI_CORPUS } from '../helpers/fixtures.js';
import { DRAWN_LAYOUT } from '../../export/drawn-graph.js';

let app: Express;
beforeAll(async () => {
  app = createApp({
    source: fixedEssay(await loadEssay(MINI_CORPUS, { layout: DRAWN_LAYOUT })),
    devDatasets: true,
  });
});

describe('GET /api/article', () => {
  it('should answer the text with paragraphs and sentences whose offsets point into it', async () => {
    const { body } = await request(app).get('/api/article').expect(200);
    expect(body.meta).toMatchObject({ author: 'Jane Roe' });
    expect(body.sentences.length).toBeGreaterThan(0);
    for (const s of body.sentences) expect(body.text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('GET /api/dev/synthetic', () => {
  it('should answer a seeded graph of the asked size in the wire format', async () => {
    const { body } = await request(app).get('/api/dev/synthetic?nodes=50&edges=120').expect(200);
    expect(body.nodes).toHaveLength(50);
    expect(body.edges).toHaveLength(120);
    expect(body.edges[0].attributes).toMatchObject({ relation: 'related-to', evidence: [] });
  });

  it('should give the same graph for the same seed', () => {
    expect(syntheticGraph(20, 40, 's')).toEqual(syntheticGraph(20, 40, 's'));
  });

  it('should refuse an unbounded size with a problem naming the parameter', async () => {
    const res = await request(app).get('/api/dev/synthetic?nodes=10000000').expect(400);
    expect(res.body.parameter).toBe('nodes');
  });

  it('should be off unless the app is created with devDatasets', async () => {
    const plain = createApp({
      source: fixedEssay(await loadEssay(MINI_CORPUS, { layout: DRAWN_LAYOUT })),
    });
    await request(plain).get('/api/dev/synthetic').expect(404);
  });
});
