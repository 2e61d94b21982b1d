import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { PROBLEM_TYPES } from '../../contract/problem.js';
import { loadEssay } from '../../graph/essay.js';
import { createApp } from '../../server/app.js';
import { fixedEssay } from '../../server/essay-source.js';
import { MINI_CORPUS } from '../helpers/fixtures.js';
import { DRAWN_LAYOUT } from '../../export/drawn-graph.js';

const source = fixedEssay(await loadEssay(MINI_CORPUS, { layout: DRAWN_LAYOUT }));

describe('rate limiting', () => {
  it('should answer 429 problems with Retry-After past the limit', async () => {
    const app = createApp({ source, rateLimit: { limit: 2, windowMs: 60_000 } });
    await request(app).get('/api/health').expect(200);
    await request(app).get('/api/health').expect(200);
    const res = await request(app).get('/api/health').expect(429);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.body).toMatchObject({
      type: PROBLEM_TYPES.rateLimited.type,
      status: 429,
      title: PROBLEM_TYPES.rateLimited.title,
    });
  });

  it('should be off unless configured', async () => {
    const app = createApp({ source });
    for (let i = 0; i < 5; i++) await request(app).get('/api/health').expect(200);
  });
});

describe('CORS', () => {
  it('should let any origin read by default', async () => {
    const res = await request(createApp({ source }))
      .get('/api/health')
      .set('Origin', 'https://example.org');
    expect(res.headers['access-control-allow-origin']).toBe('*');
  });

  it('should allow only configured origins, and only GET/HEAD', async () => {
    const app = createApp({ source, corsOrigins: ['https://reports.example'] });
    const allowed = await request(app).get('/api/health').set('Origin', 'https://reports.example');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://reports.example');
    const other = await request(app).get('/api/health').set('Origin', 'https://elsewhere.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await request(app)
      .options('/api/health')
      .set('Origin', 'https://reports.example')
      .set('Access-Control-Request-Method', 'GET');
    expect(preflight.headers['access-control-allow-methods']).toBe('GET,HEAD');
  });

  // POST is CORS-safelisted: a preflight answered with any Allow-Origin (and the headers echoed) would let it pass.
  it.each(['POST', 'DELETE', 'PUT', 'PATCH'])(
    'should allow no cross-origin %s, not even from an allowed origin',
    async (method) => {
      const settings: ('*' | string[])[] = ['*', ['https://reports.example']];
      for (const corsOrigins of settings) {
        const preflight = await request(createApp({ source, corsOrigins }))
          .options('/api/documents')
          .set('Origin', 'https://reports.example')
          .set('Access-Control-Request-Method', method)
          .set('Access-Control-Request-Headers', 'authorization, content-type');
        expect(preflight.status).toBe(204);
        for (const header of Object.keys(preflight.headers))
          expect(header).not.toMatch(/^access-control-/);
      }
    },
  );

  it('should put no CORS header on the answer to a write', async () => {
    const res = await request(createApp({ source }))
      .post('/api/documents')
      .set('Origin', 'https://elsewhere.example')
      .send({});
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('readiness', () => {
  it('should answer 503 draining while the server shuts down', async () => {
    const res = await request(createApp({ source, isReady: () => false }))
      .get('/api/health')
      .expect(503);
    expect(res.body.status).toBe('draining');
  });
});

describe('rate limiting behind a proxy (TRUST_PROXY)', () => {
  const limited = (trustProxy?: boolean | number | string[]) =>
    createApp({
      source,
      rateLimit: { limit: 1, windowMs: 60_000 },
      ...(trustProxy === undefined ? {} : { trustProxy }),
    });

  it('should ignore X-Forwarded-For by default, so a client cannot spoof itself a fresh budget', async () => {
    const app = limited();
    await request(app).get('/api/health').set('X-Forwarded-For', '203.0.113.1').expect(200);
    await request(app).get('/api/health').set('X-Forwarded-For', '203.0.113.2').expect(429);
  });

  it.each([[1], [['loopback']], [['127.0.0.1/8', '::1']]])(
    'should count each client apart behind a trusted proxy (%j)',
    async (trustProxy) => {
      const app = limited(trustProxy);
      await request(app).get('/api/health').set('X-Forwarded-For', '203.0.113.1').expect(200);
      await request(app).get('/api/health').set('X-Forwarded-For', '203.0.113.2').expect(200);
      await request(app).get('/api/health').set('X-Forwarded-For', '203.0.113.1').expect(429);
    },
  );

  it('should not let a client behind a trusted proxy spoof an address with a prepended X-Forwarded-For', async () => {
    // One trusted hop: only the address the proxy appended (the last one) counts, not what the client wrote.
    const app = limited(1);
    await request(app)
      .get('/api/health')
      .set('X-Forwarded-For', '198.51.100.7, 203.0.113.1')
      .expect(200);
    await request(app)
      .get('/api/health')
      .set('X-Forwarded-For', '198.51.100.8, 203.0.113.1')
      .expect(429);
  });

  it('should not trust a proxy at an address outside the trusted subnets', async () => {
    const app = limited(['10.0.0.0/8']);
    await request(app).get('/api/health').set('X-Forwarded-For', '203.0.113.1').expect(200);
    await request(app).get('/api/health').set('X-Forwarded-For', '203.0.113.2').expect(429);
  });
});
