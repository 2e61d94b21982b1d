import express, { type Express } from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { loadEssay } from '../../graph/essay.js';
import { createApp } from '../../server/app.js';
import { fixedEssay } from '../../server/essay-source.js';
import { problemMiddleware } from '../../server/problem.js';
import { renderQueue } from '../../server/render-queue.js';
import { pathRoutes } from '../../server/routes/paths.js';
import { queryRoutes } from '../../server/routes/query.js';
import { MINI_CORPUS } from '../helpers/fixtures.js';
import { documentedPairs, undocumentedIn } from '../helpers/openapi.js';
import { DRAWN_LAYOUT } from '../../export/drawn-graph.js';

const source = fixedEssay(await loadEssay(MINI_CORPUS, { layout: DRAWN_LAYOUT }));

/** Each kind of app a sample needs; every call builds a fresh one, so no sample sees another's state. */
const APPS: Record<string, () => Express> = {
  plain: () => createApp({ source }),
  draining: () => createApp({ source, isReady: () => false }),
  // The route with a tiny work budget: the search gives up, the server answers 422.
  tight: () =>
    express()
      .use(pathRoutes(source, { budget: 1 }))
      .use(queryRoutes(source, { budget: 1 }))
      .use(problemMiddleware),
  busy: () => {
    const queue = renderQueue({ maxWaiting: 1 });
    const never = new AbortController().signal;
    // One drawing being rendered, one waiting, neither ever done: the queue is full.
    for (let i = 0; i < 2; i++) void queue.run(() => new Promise<void>(() => {}), never);
    return createApp({ source, renderQueue: queue });
  },
};

type Sample = [path: string, status: number, url: string, app?: keyof typeof APPS];

const LONG_ID = 'x'.repeat(201); // over the id's 200 characters
const SAMPLES: Sample[] = [
  ['/api/health', 200, '/api/health'],
  ['/api/health', 503, '/api/health', 'draining'],
  ['/api/graph', 200, '/api/graph?at=1969'],
  ['/api/graph', 400, '/api/graph?at=abc'],
  ['/api/entities', 200, '/api/entities?q=mao'],
  ['/api/entities', 400, '/api/entities'],
  ['/api/entities/{id}', 200, '/api/entities/nikita-khrushchev'],
  ['/api/entities/{id}', 400, `/api/entities/${LONG_ID}`],
  ['/api/entities/{id}', 404, '/api/entities/khrushchev'],
  ['/api/neighbors/{id}', 200, '/api/neighbors/mao-zedong?depth=2'],
  ['/api/neighbors/{id}', 400, '/api/neighbors/mao-zedong?depth=99'],
  ['/api/neighbors/{id}', 404, '/api/neighbors/mao'],
  ['/api/paths', 200, '/api/paths?from=mao&to=china&k=3'],
  ['/api/paths', 400, '/api/paths?from=mao'],
  ['/api/paths', 404, '/api/paths?from=mao&to=joe%20stallin'],
  ['/api/paths', 422, '/api/paths?from=mao&to=china', 'tight'],
  ['/api/query', 200, '/api/query?q=mao%20-%3E%20china'],
  ['/api/query', 400, '/api/query'],
  ['/api/query', 404, '/api/query?q=mao%20-%3E%20joe%20stallin'],
  ['/api/query', 422, '/api/query?q=mao%20-%3E%20china', 'tight'],
  ['/api/article', 200, '/api/article'],
  ['/api/export/{name}', 200, '/api/export/report.md?from=mao&to=stalin'],
  ['/api/export/{name}', 400, '/api/export/graph.svg?at=abc'],
  ['/api/export/{name}', 404, '/api/export/graph.pdf'],
  ['/api/export/{name}', 503, '/api/export/graph.png?at=1960', 'busy'],
  ['/api/openapi.json', 200, '/api/openapi.json'],
  ['/api/docs', 200, '/api/docs'],
];

/** Documented, but no test can make the mini corpus's export search exceed the engine's default budget. */
const NOT_PRODUCED = ['/api/export/{name} 422'];

describe('the documented responses', () => {
  it.each(SAMPLES)('should describe %s answering %i', async (path, status, url, app = 'plain') => {
    const res = await request(APPS[app]!()).get(url);
    expect(res.status).toBe(status);
    expect(undocumentedIn(path, res)).toEqual([]);
  });

  it.each(documentedPairs().filter((p) => p.endsWith(' 429')))(
    'should describe %s past the rate limit',
    async (pair) => {
      const path = pair.replace(/ 429$/, '');
      const url = SAMPLES.find(([p, s]) => p === path && s === 200)![2];
      const app = createApp({ source, rateLimit: { limit: 1, windowMs: 60_000 } });
      await request(app).get(url);
      const res = await request(app).get(url).expect(429);
      expect(undocumentedIn(path, res)).toEqual([]);
    },
  );

  it('should have a sample for every route and status the document declares', () => {
    const sampled = SAMPLES.map(([path, status]) => `${path} ${status}`);
    const missing = documentedPairs().filter(
      (pair) => !pair.endsWith(' 429') && !sampled.includes(pair) && !NOT_PRODUCED.includes(pair),
    );
    expect(missing).toEqual([]);
  });
});
