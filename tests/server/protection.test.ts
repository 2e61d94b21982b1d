import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { loadEssay } from '../../graph/essay.js';
import { createApp } from '../../server/app.js';
import { fixedEssay } from '../../server/essay-source.js';
import { MINI_CORPUS } from '../helpers/fixtures.js';

const source = fixedEssay(await loadEssay(MINI_CORPUS));

describe('rate limiting', () => {
  it('should answer 429 problems with Retry-After past the limit', async () => {
    const app = createApp({ source, rateLimit: { limit: 2, windowMs: 60_000 } });
    await request(app).get('/api/health').expect(200);
    await request(app).get('/api/health').expect(200);
    const res = await request(app).get('/api/health').expect(429);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.body).toMatchObject({ status: 429, title: 'Too many requests' });
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
      .set('Access-Control-Request-Method', 'DELETE');
    expect(preflight.headers['access-control-allow-methods']).toBe('GET,HEAD');
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
