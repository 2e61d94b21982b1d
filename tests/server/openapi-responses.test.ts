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
import { TEST_EDIT_TOKEN } from '../helpers/app.js';
import { twoEssaysCopy } from '../helpers/two-essays.js';
import { openCorpusLibrary } from '../../server/corpus-library.js';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentedPairs, undocumentedIn } from '../helpers/openapi.js';
import { reviewDraftsCopy } from '../helpers/review-drafts.js';
import {
  isReviewSetup,
  prepareReview,
  REVIEW_SAMPLES,
  type ReviewSetup,
} from '../helpers/review-openapi-samples.js';
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
  ['/api/article', 400, '/api/article?doc=Not%20a%20slug'],
  ['/api/article', 404, '/api/article?doc=no-such-essay'],
  ['/api/documents', 200, '/api/documents'],
  ['/api/documents/{slug}', 200, '/api/documents/mini'],
  ['/api/documents/{slug}', 400, '/api/documents/..'],
  ['/api/documents/{slug}', 404, '/api/documents/no-such-essay'],
  ['/api/export/{name}', 200, '/api/export/report.md?from=mao&to=stalin'],
  ['/api/export/{name}', 400, '/api/export/graph.svg?at=abc'],
  ['/api/export/{name}', 404, '/api/export/graph.pdf'],
  ['/api/export/{name}', 503, '/api/export/graph.png?at=1960', 'busy'],
  ['/api/openapi.json', 200, '/api/openapi.json'],
  ['/api/docs', 200, '/api/docs'],
];

/** A write (or a read needing the token): the route, the status, the URL, the app's setup, what the request sends. */
type WriteSample = [
  pair: string,
  status: number,
  method: 'get' | 'post' | 'patch' | 'delete',
  url: string,
  setup: 'writable' | 'readOnly' | 'oneDocument' | ReviewSetup,
  send?: {
    body?: unknown;
    raw?: string;
    type?: string;
    token?: string | null;
    ifMatch?: string;
  },
];

const NEW = { title: 'A new essay', text: 'Mao Zedong met Joseph Stalin in 1949.' };
const WRITE_SAMPLES: WriteSample[] = [
  ['post /api/documents 201', 201, 'post', '/api/documents', 'writable', { body: NEW }],
  ['post /api/documents 400', 400, 'post', '/api/documents', 'writable', { body: { title: 'x' } }],
  [
    'post /api/documents 401',
    401,
    'post',
    '/api/documents',
    'writable',
    { body: NEW, token: null },
  ],
  ['post /api/documents 403', 403, 'post', '/api/documents', 'readOnly', { body: NEW }],
  [
    'post /api/documents 413',
    413,
    'post',
    '/api/documents',
    'writable',
    { body: { ...NEW, text: 'x'.repeat(2_100_000) } },
  ],
  [
    'post /api/documents 415',
    415,
    'post',
    '/api/documents',
    'writable',
    { raw: 'title=x', type: 'application/x-www-form-urlencoded' },
  ],
  [
    'post /api/documents 422',
    422,
    'post',
    '/api/documents',
    'writable',
    { body: { title: 'Menu', html: '<nav>Home</nav>' } },
  ],
  ['delete /api/documents/{slug} 200', 200, 'delete', '/api/documents/secret-speech', 'writable'],
  ['delete /api/documents/{slug} 400', 400, 'delete', '/api/documents/..', 'writable'],
  [
    'delete /api/documents/{slug} 401',
    401,
    'delete',
    '/api/documents/secret-speech',
    'writable',
    { token: null },
  ],
  ['delete /api/documents/{slug} 403', 403, 'delete', '/api/documents/secret-speech', 'readOnly'],
  ['delete /api/documents/{slug} 404', 404, 'delete', '/api/documents/no-such-essay', 'writable'],
  ['delete /api/documents/{slug} 409', 409, 'delete', '/api/documents/mini', 'oneDocument'],
  ...REVIEW_SAMPLES,
];

async function writeApp(
  setup: WriteSample[4],
  writeRateLimit?: { limit: number; windowMs: number },
) {
  const review = isReviewSetup(setup);
  const dir =
    setup === 'oneDocument' ? oneDocumentRoot() : review ? reviewDraftsCopy() : twoEssaysCopy();
  const library = await openCorpusLibrary(dir, { layout: DRAWN_LAYOUT });
  if (review) await prepareReview(setup, dir);
  const edit = {
    token: TEST_EDIT_TOKEN,
    readOnly: setup === 'readOnly',
    ...(writeRateLimit ? { writeRateLimit } : {}),
  };
  return createApp({ source: library, library, edit });
}

/** A corpus root holding the mini essay alone: its one document cannot be trashed. */
function oneDocumentRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'one-document-'));
  cpSync(MINI_CORPUS, join(root, 'mini'), { recursive: true });
  return root;
}

function sendWrite(app: Express, [, , method, url, , send = {}]: WriteSample) {
  let req = request(app)[method](url);
  const token = send.token === undefined ? TEST_EDIT_TOKEN : send.token;
  if (token !== null) req = req.set('Authorization', `Bearer ${token}`);
  if (send.ifMatch !== undefined) req = req.set('If-Match', send.ifMatch);
  if (send.raw !== undefined)
    return req.set('Content-Type', send.type ?? 'text/plain').send(send.raw);
  return send.body === undefined ? req : req.send(send.body as object);
}

/** Documented, but no test can make the mini corpus's export search exceed the engine's default budget. */
const NOT_PRODUCED = ['/api/export/{name} 422'];

describe('the documented responses', () => {
  it.each(SAMPLES)('should describe %s answering %i', async (path, status, url, app = 'plain') => {
    const res = await request(APPS[app]!()).get(url);
    expect(res.status).toBe(status);
    expect(undocumentedIn(path, res)).toEqual([]);
  });

  it.each(WRITE_SAMPLES)('should describe %s', async (...sample) => {
    const [pair, status, method] = sample;
    const res = await sendWrite(await writeApp(sample[4]), sample);
    expect(res.status).toBe(status);
    expect(undocumentedIn(pair.split(' ').at(-2)!, res, method)).toEqual([]);
  });

  it.each(
    documentedPairs().filter((p) => p.endsWith(' 429') && / \/api/.test(p) && !p.startsWith('/')),
  )('should describe %s past the write rate limit', async (pair) => {
    const sample = WRITE_SAMPLES.find(
      ([p, s]) => p.startsWith(pair.replace(/ 429$/, '')) && s < 300,
    )!;
    const app = await writeApp(sample[4], { limit: 1, windowMs: 60_000 });
    await sendWrite(app, sample);
    const res = await sendWrite(app, sample).expect(429);
    expect(undocumentedIn(pair.split(' ')[1]!, res, sample[2])).toEqual([]);
  });

  it.each(documentedPairs().filter((p) => p.endsWith(' 429') && p.startsWith('/')))(
    'should describe %s past the rate limit',
    async (pair) => {
      const path = pair.replace(/ 429$/, '');
      const url =
        SAMPLES.find(([p, s]) => p === path && s === 200)?.[2] ??
        WRITE_SAMPLES.find(([p]) => p === `${path} 200`)![3];
      const app = createApp({ source, rateLimit: { limit: 1, windowMs: 60_000 } });
      await request(app).get(url);
      const res = await request(app).get(url).expect(429);
      expect(undocumentedIn(path, res)).toEqual([]);
    },
  );

  it('should have a sample for every route and status the document declares', () => {
    const sampled = [
      ...SAMPLES.map(([path, status]) => `${path} ${status}`),
      ...WRITE_SAMPLES.map(([pair]) => pair),
    ];
    const missing = documentedPairs().filter(
      (pair) => !pair.endsWith(' 429') && !sampled.includes(pair) && !NOT_PRODUCED.includes(pair),
    );
    expect(missing).toEqual([]);
  });
});
