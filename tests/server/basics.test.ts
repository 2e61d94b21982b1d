import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { appFor, appWithClient } from '../helpers/app.js';
import { MINI_CORPUS } from '../helpers/fixtures.js';

const app = await appFor(MINI_CORPUS);

describe('GET /api/health', () => {
  it('should report status and graph size', async () => {
    const res = await request(app).get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', nodes: 8, edges: 6 });
  });
});

describe('GET /api/graph', () => {
  it("should answer graphology's serialized format", async () => {
    const res = await request(app).get('/api/graph').expect(200);
    expect(res.body.options).toMatchObject({ type: 'directed', multi: true });
    expect(res.body.nodes).toHaveLength(8);
    const node = res.body.nodes.find((n: { key: string }) => n.key === 'mao-zedong');
    expect(Object.keys(node.attributes)).toEqual(
      expect.arrayContaining([
        'label',
        'kind',
        'aliases',
        'description',
        'x',
        'y',
        'size',
        'color',
      ]),
    );
    const edge = res.body.edges[0];
    expect(Object.keys(edge.attributes)).toEqual(
      expect.arrayContaining([
        'relation',
        'label',
        'evidence',
        'time',
        'polarity',
        'modality',
        'assertedBy',
      ]),
    );
  });

  it('should answer 304 to a matching ETag', async () => {
    const first = await request(app).get('/api/graph').expect(200);
    expect(first.headers.etag).toBeTruthy();
    await request(app).get('/api/graph').set('If-None-Match', first.headers.etag!).expect(304);
  });

  it('should send security headers and no X-Powered-By', async () => {
    const res = await request(app).get('/api/graph');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    // Plain-HTTP service: no HSTS, no upgrading of asset requests to an https:// that isn't there.
    expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('GET /api/entities', () => {
  it('should find an entity by a misspelling, best first', async () => {
    const res = await request(app).get('/api/entities').query({ q: 'krushchev' }).expect(200);
    expect(res.body.results[0]).toMatchObject({
      id: 'nikita-khrushchev',
      label: 'Nikita Khrushchev',
      kind: 'person',
    });
    expect(typeof res.body.results[0].score).toBe('number');
  });

  it('should honour limit', async () => {
    const res = await request(app)
      .get('/api/entities')
      .query({ q: 'soviet', limit: 1 })
      .expect(200);
    expect(res.body.results).toHaveLength(1);
  });

  it.each([
    [{}, 'q'],
    [{ q: 'mao', limit: '0' }, 'limit'],
    [{ q: 'mao', limit: 'many' }, 'limit'],
    [{ q: 'x'.repeat(201) }, 'q'],
  ])('should answer 400 problem naming the parameter for %o', async (query, parameter) => {
    const res = await request(app).get('/api/entities').query(query).expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 400, title: 'Invalid input', parameter });
    expect(res.body.detail).toContain(parameter);
  });
});

describe('unknown routes', () => {
  it('should answer a 404 problem, not HTML', async () => {
    const res = await request(app).get('/api/nothing-here').expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.detail).toContain('/api/nothing-here');
  });
});

describe('static files and methods', () => {
  it('should list no directory and serve nothing outside the client folder', async () => {
    const withClient = await appWithClient(MINI_CORPUS, {
      'index.html': '<!doctype html><title>explorer</title>',
      'assets/app.js': 'export {};',
    });
    await request(withClient).get('/').expect(200);
    await request(withClient).get('/assets/app.js').expect(200);
    for (const url of ['/assets/', '/assets', '/../package.json', '/%2e%2e/package.json']) {
      const res = await request(withClient).get(url);
      expect(res.status, url).toBeGreaterThanOrEqual(300);
      expect(res.text, url).not.toContain('app.js');
      expect(res.text, url).not.toContain('essay-graph');
    }
  });

  it('should answer other methods with a 404 problem', async () => {
    const res = await request(app).post('/api/graph').send({ a: 1 }).expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('cache headers', () => {
  it.each([
    '/api/graph',
    '/api/entities?q=mao',
    '/api/entities/mao-zedong',
    '/api/neighbors/mao-zedong',
    '/api/paths?from=mao&to=stalin',
    '/api/query?q=mao%20-%3E%20stalin',
    '/api/article',
    '/api/openapi.json',
    '/api/docs',
    '/api/export/report.md',
  ])(
    'should send %s with no-cache and an ETag, and answer 304 to a matching If-None-Match',
    async (url) => {
      const res = await request(app).get(url).expect(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers.etag).toMatch(/^"/);
      await request(app).get(url).set('If-None-Match', res.headers.etag!).expect(304);
    },
  );

  it('should mark a problem document no-cache too', async () => {
    const res = await request(app).get('/api/entities/nobody').expect(404);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('should send hashed assets as immutable for a year, and pages as no-cache', async () => {
    const withClient = await appWithClient(MINI_CORPUS, {
      'index.html': '<!doctype html><title>explorer</title>',
      'assets/main-C0ffee12.js': 'export {};',
    });
    const asset = await request(withClient).get('/assets/main-C0ffee12.js').expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await request(withClient).get('/').expect(200);
    expect(page.headers['cache-control']).toBe('no-cache');
  });
});
