// Property-based fuzzing of every route and parameter: never a 5xx, always a well-formed problem for a 4xx.
import fc from 'fast-check';
import request from 'supertest';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { Express } from 'express';
import { loadEssay } from '../../graph/essay.js';
import { createApp } from '../../server/app.js';
import { fixedEssay } from '../../server/essay-source.js';
import { createHttpServer } from '../../server/http-server.js';
import { API_OPERATIONS } from '../../server/openapi.js';
import { ESSAY_CORPUS } from '../helpers/fixtures.js';
import { DRAWN_LAYOUT } from '../../export/drawn-graph.js';
import { TEST_EDIT_TOKEN, writingAppFor } from '../helpers/app.js';
import { reviewDraftsCopy, THAW } from '../helpers/review-drafts.js';

/** Every route the app serves, the development one included: read from its router, so a new route is fuzzed unasked. */
const served = createApp({
  source: fixedEssay(await loadEssay(ESSAY_CORPUS, { layout: DRAWN_LAYOUT })),
  devDatasets: true,
});

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

function routesOf(app: Express): { path: string; methods: string[] }[] {
  const walk = (stack: Layer[]): { path: string; methods: string[] }[] =>
    stack.flatMap((layer) =>
      layer.route
        ? [{ path: layer.route.path, methods: Object.keys(layer.route.methods) }]
        : walk(layer.handle?.stack ?? []),
    );
  return walk((app as unknown as { router: { stack: Layer[] } }).router.stack);
}

/** The review routes, served by an app that writes (over a copy of the review fixture), fuzzed with the token. */
const reviewing = (await writingAppFor(reviewDraftsCopy())).app;
const REVIEW_ROUTES = routesOf(reviewing).filter((r) => r.path.startsWith('/api/documents/:slug/'));

/**
 * Each route with its methods and the query parameters it validates (from the operation's zod schema when it
 * is documented); unknown parameters are thrown at every route too.
 */
const ROUTES = routesOf(served).map(({ path, methods }) => {
  const op = API_OPERATIONS.find((o) => o.path === path.replace(/:(\w+)/g, '{$1}'));
  return { path, methods, params: op?.query ? Object.keys(op.query.shape) : [] };
});

const NAMES = [
  'mao',
  'khrushchev',
  'de-stalinization',
  'russia',
  'washington',
  'nixon',
  'xi jinping',
];
const EXPORTS = [
  'graph.json',
  'graph.gexf',
  'graph.graphml',
  'nodes.csv',
  'edges.csv',
  'graph.cypher',
  'report.md',
];

const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    '../../../etc/passwd',
    '..%2f..%2fetc%2fpasswd',
    '%',
    '%%',
    '%zz',
    '%00',
    '\u0000',
    '\r\n',
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '-1',
    '0',
    '1e308',
    '9'.repeat(400),
    'NaN',
    'Infinity',
    'true',
    '',
    ' ',
    'a'.repeat(5000),
    'mao -> -> x',
    'mao -> khrushchev k=99',
  ),
  fc.constantFrom(...NAMES, ...EXPORTS),
  fc.integer().map(String),
  fc.double().map(String),
);

/** A value, or the same parameter repeated, or nested brackets that the extended query parser turns into objects. */
const paramValue = fc.oneof(
  { weight: 4, arbitrary: hostile.map((v) => [v]) },
  { weight: 1, arbitrary: fc.array(hostile, { minLength: 2, maxLength: 8 }) },
);

const requestArb = fc
  .record({
    route: fc.constantFrom(...ROUTES),
    segment: fc.oneof(hostile, fc.constantFrom(...NAMES, ...EXPORTS, 'mao-zedong')),
    params: fc.array(
      fc.tuple(
        fc.oneof(
          fc.constantFrom(...ROUTES.flatMap((r) => r.params)),
          hostile,
          fc.constant('a[b][c]'),
        ),
        paramValue,
      ),
      { maxLength: 6 },
    ),
  })
  .map(({ route, segment, params }) => {
    const path = route.path.replace(/:\w+/, encodeURIComponent(segment));
    const query = params.flatMap(([k, vs]) =>
      vs.map((v) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`),
    );
    return { route, url: query.length ? `${path}?${query.join('&')}` : path };
  });

/** Raw URLs, not encoded by us: malformed escapes, traversal, odd paths. */
const rawUrlArb = fc.oneof(
  fc.constantFrom(
    `/api/entities?q=${'a'.repeat(20_000)}`,
    '/api/entities/%',
    '/api/entities/%E0%A4%A',
    '/api/neighbors/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/../../../../etc/passwd',
    '/%2e%2e/%2e%2e/package.json',
    '/assets/../../package.json',
    '/api/paths?from=%&to=%',
    '/api/graph?at[__proto__][x]=1',
    '/api/entities?q[]=a&q[]=b',
    '/api/export/..%2f..%2fpackage.json',
    '/api/export/graph.svg?from=mao&to=%FF',
    '//api//health',
  ),
  fc.webPath().map((p) => `/api${p}`),
);

function expectSound(res: request.Response, url: string): void {
  expect(res.status, url).toBeLessThan(500);
  if (res.status >= 400) {
    expect(res.headers['content-type'], url).toMatch(/^application\/problem\+json/);
    expect(res.body, url).toMatchObject({
      status: res.status,
      title: expect.any(String),
      detail: expect.any(String),
    });
    expect(typeof res.body.type, url).toBe('string');
  }
  expect(res.text, url).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

let app: Server;
beforeAll(() => {
  app = createHttpServer(served);
});
// Checked after every test, not by a last test: each fuzz run must leave the server healthy, in any order.
afterEach(async () => {
  const res = await request(app).get('/api/health').expect(200);
  expect(res.body.status).toBe('ok');
});

/** A request body for routes that take one (writes): JSON, broken JSON, or any text. */
const bodyArb = fc.oneof(
  fc.jsonValue().map((v) => ({ type: 'application/json', body: JSON.stringify(v) })),
  hostile.map((v) => ({ type: 'application/json', body: `{"a":${v}` })),
  hostile.map((v) => ({ type: 'text/plain', body: v })),
);

describe('fuzzing every route', () => {
  it('should never answer 5xx, and answer every 4xx with a problem document', async () => {
    await fc.assert(
      fc.asyncProperty(requestArb, async ({ url }) => {
        expectSound(await request(app).get(url), url);
      }),
      { numRuns: 1200, seed: 20261128 },
    );
  });

  it('should know the routes it fuzzes, and find every documented one among them', () => {
    const paths = [...ROUTES, ...REVIEW_ROUTES].map((r) => r.path.replace(/:(\w+)/g, '{$1}'));
    for (const op of API_OPERATIONS) expect(paths).toContain(op.path);
    expect(paths).toContain('/api/dev/synthetic');
  });

  it('should answer every method a route takes, with any body, soundly', async () => {
    await fc.assert(
      fc.asyncProperty(requestArb, bodyArb, async ({ route, url }, body) => {
        for (const method of route.methods) {
          const call = request(app)[method as 'get' | 'post' | 'put' | 'patch' | 'delete'](url);
          const res =
            method === 'get' || method === 'head'
              ? await call
              : await call.set('Content-Type', body.type).send(body.body);
          expectSound(res, `${method.toUpperCase()} ${url}`);
        }
      }),
      { numRuns: 200, seed: 1212 },
    );
  });

  it('should survive malformed, traversing and random raw URLs', async () => {
    await fc.assert(
      fc.asyncProperty(rawUrlArb, async (url) => {
        const res = await request(app).get(url);
        expectSound(res, url);
        expect(res.text, url).not.toContain('"name": "essay-graph"');
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

/** Ids the review fixture has, and hostile ones. */
const reviewId = fc.oneof(
  fc.constantFrom(
    'wladyslaw-gomulka',
    'polish-october',
    'cy-draft',
    'poland',
    'gomulka-leads-poland',
    'mao-criticizes-khrushchev',
    'nikita-khrushchev.denounced.joseph-stalin',
    '20260101T000000000Z-none',
  ),
  hostile,
);

/** Bodies shaped like the review's, with hostile values in any field. */
const reviewBodyArb = fc.oneof(
  bodyArb,
  fc
    .record(
      {
        source: reviewId,
        relation: fc.oneof(fc.constantFrom('leads', 'criticizes', 'opposes'), hostile),
        target: reviewId,
        evidence: fc.array(fc.oneof(fc.constantFrom('within weeks', 'for his speech'), hostile)),
        status: fc.oneof(fc.constantFrom('draft', 'accepted', 'rejected'), hostile),
        kind: fc.oneof(fc.constantFrom('person', 'event'), hostile),
        label: hostile,
        mergeInto: reviewId,
        linkTo: reviewId,
        alias: hostile,
        time: fc.oneof(fc.constant(null), fc.jsonValue()),
      },
      { requiredKeys: [] },
    )
    .map((v) => ({ type: 'application/json', body: JSON.stringify(v) })),
);

const reviewRequestArb = fc.record({
  route: fc.constantFrom(...REVIEW_ROUTES),
  slug: fc.oneof(fc.constant(THAW), hostile),
  id: reviewId,
  // Printable ASCII only (HTTP clients refuse the rest in a header).
  ifMatch: fc.option(fc.oneof(hostile, fc.constant('*')), { nil: undefined }),
  drafts: fc.option(hostile, { nil: undefined }),
});

describe('fuzzing the review routes with the edit token', () => {
  let server: Server;
  beforeAll(() => {
    server = createHttpServer(reviewing);
  });

  it('should never answer 5xx, and answer every 4xx with a problem document', async () => {
    await fc.assert(
      fc.asyncProperty(reviewRequestArb, reviewBodyArb, async (r, body) => {
        const path = r.route.path
          .replace(':slug', encodeURIComponent(r.slug))
          .replace(/:(id|version)/, encodeURIComponent(r.id));
        const url =
          r.drafts === undefined ? path : `${path}?drafts=${encodeURIComponent(r.drafts)}`;
        for (const method of r.route.methods) {
          let call = request(server)[method as 'get' | 'post' | 'patch' | 'delete'](url);
          call = call.set('Authorization', `Bearer ${TEST_EDIT_TOKEN}`);
          if (r.ifMatch !== undefined)
            call = call.set('If-Match', r.ifMatch.replace(/[^\x20-\x7e]/g, ''));
          const res =
            method === 'get'
              ? await call
              : await call.set('Content-Type', body.type).send(body.body);
          expectSound(res, `${method.toUpperCase()} ${url}`);
        }
      }),
      { numRuns: 250, seed: 20261202 },
    );
  });
});
