import { parse } from 'csv-parse/sync';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { toggleRelation } from '../../client/state/filters.js';
import { initialState } from '../../client/state/initial-state.js';
import { exportHref } from '../../client/state/view-links.js';
import { loadEssay, type LoadedEssay } from '../../graph/essay.js';
import { EXPORT_FORMATS } from '../../export/formats.js';
import { createApp, type AppOptions } from '../../server/app.js';
import { fixedEssay } from '../../server/essay-source.js';
import { createHttpServer } from '../../server/http-server.js';
import { renderQueue } from '../../server/render-queue.js';
import { appFor } from '../helpers/app.js';
import { ESSAY_CORPUS, MINI_CORPUS } from '../helpers/fixtures.js';
import { DRAWN_LAYOUT } from '../../export/drawn-graph.js';

const app = await appFor(MINI_CORPUS);

const PROBLEM = /^application\/problem\+json/;
const PATH = { from: 'mao', via: 'khrushchev', to: 'stalin' };

/** supertest buffers text types only; binary bodies (the PNG) are collected as a Buffer. */
function binary(res: request.Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('GET /api/export/<name>', () => {
  it.each(EXPORT_FORMATS.map((f) => [f.name, f.contentType]))(
    'should send %s as an attachment of type %s',
    async (name, contentType) => {
      const res = await request(app)
        .get(`/api/export/${name}`)
        .query(PATH)
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(res.headers['content-type']).toBe(contentType);
      const stem = name.startsWith('graph.') ? '' : `-${name.split('.')[0]}`;
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="path-mao-zedong-nikita-khrushchev-joseph-stalin${stem}.${name.split('.')[1]}"`,
      );
      expect((res.body as Buffer).length).toBeGreaterThan(100);
    },
  );

  it('should export the path view: only the path in data formats', async () => {
    const res = await request(app).get('/api/export/graph.json').query(PATH).expect(200);
    const graph = JSON.parse(res.text);
    expect(graph.nodes.map((n: { key: string }) => n.key).sort()).toEqual([
      'joseph-stalin',
      'mao-zedong',
      'nikita-khrushchev',
    ]);
    expect(graph.edges).toHaveLength(2);
  });

  it('should export the filtered graph when no path is asked for', async () => {
    const res = await request(app)
      .get('/api/export/edges.csv')
      .query({ at: 1969, kinds: 'state' })
      .expect(200);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="graph-at-1969-edges.csv"',
    );
    expect(res.text.trim().split('\r\n')).toHaveLength(1 + 2);
  });

  it('should send graph.html with a policy that lets its own script run and loads nothing', async () => {
    const res = await request(app).get('/api/export/graph.html').expect(200);
    expect(res.headers['content-security-policy']).toMatch(
      /^default-src 'none'; style-src 'sha256-/,
    );
    expect(res.headers['content-security-policy']).toMatch(/script-src 'sha256-/);
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('should answer an unknown export with a 404 listing the valid names', async () => {
    const res = await request(app).get('/api/export/graph.pdf').expect(404);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body.detail).toContain('graph.svg');
    expect(res.body.suggestions.map((s: { id: string }) => s.id)).toContain('graph.cypher');
  });

  it.each([
    [{ at: 'soon' }, 'at'],
    [{ kinds: 'people' }, 'kinds'],
    [{ from: 'mao', to: 'stalin', k: 99 }, 'k'],
    [{ from: 'mao' }, 'to'],
    [{ to: 'stalin' }, 'from'],
    [{ via: 'khrushchev' }, 'via'],
    [{ colour: 'red' }, 'colour'],
  ])('should answer %o with a 400 naming `%s`', async (query, parameter) => {
    const res = await request(app).get('/api/export/graph.svg').query(query).expect(400);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body.parameter).toBe(parameter);
  });

  it('should answer an unknown entity with a 404 and suggestions', async () => {
    const res = await request(app)
      .get('/api/export/report.md')
      .query({ from: 'khruschev', to: 'nobody at all' })
      .expect(404);
    expect(res.body.parameter).toBe('to');
  });

  it('should export a path view with no path, saying why', async () => {
    const res = await request(app)
      .get('/api/export/report.md')
      .query({ from: 'mao', to: 'stalin', at: 1969 })
      .expect(200);
    expect(res.text).toContain('No path connects Mao Zedong and Joseph Stalin');
  });
});

describe('the explorer’s download link with one relation type hidden', () => {
  let essay: LoadedEssay;
  let essayApp: Express;
  beforeAll(async () => {
    essay = await loadEssay(ESSAY_CORPUS, { layout: DRAWN_LAYOUT });
    essayApp = createApp({ source: fixedEssay(essay) });
  });

  it('should answer a file without that type, and with the others', async () => {
    const shown = [...new Set(essay.graph.mapEdges((_, a) => a.relation))];
    expect(shown.length).toBeGreaterThan(20);
    const hidden = shown[0]!;
    const href = exportHref('edges.csv', toggleRelation(hidden)(initialState()), shown);
    const res = await request(essayApp).get(href).expect(200);
    const rows: { relation: string }[] = parse(res.text, { columns: true });
    const relations = new Set(rows.map((r) => r.relation));
    expect(relations.has(hidden)).toBe(false);
    expect([...relations].sort()).toEqual(shown.filter((r) => r !== hidden).sort());
  });
});

describe('drawings under load', () => {
  /** A render queue that counts the drawings it is asked for, and can be held busy. */
  function countingQueue(options: Parameters<typeof renderQueue>[0] = {}) {
    const queue = renderQueue(options);
    const counted = {
      runs: 0,
      get waiting() {
        return queue.waiting;
      },
      drain: () => queue.drain(),
      run<T>(job: () => Promise<T>, signal: AbortSignal) {
        counted.runs++;
        return queue.run(job, signal);
      },
    };
    return counted;
  }

  async function appWith(options: Partial<AppOptions>) {
    return createApp({
      source: fixedEssay(await loadEssay(MINI_CORPUS, { layout: DRAWN_LAYOUT })),
      ...options,
    });
  }

  it('should keep apart views that differ only in modalities, focus or depth', async () => {
    const app = await appWith({});
    const views = [
      { modalities: 'question' },
      { modalities: 'fact' },
      { focus: 'mao-zedong' },
      { focus: 'mao-zedong', depth: 2 },
      { focus: 'joseph-stalin' },
    ];
    const bodies = [];
    for (const query of views) {
      const res = await request(app)
        .get('/api/export/graph.svg')
        .query(query)
        .buffer(true)
        .parse(binary)
        .expect(200);
      bodies.push((res.body as Buffer).toString('utf8'));
    }
    expect(new Set(bodies).size).toBe(views.length);
    expect(bodies[2]).toContain('Neighbours of Mao Zedong');
  });

  it('should render one image for every spelling of the same entities', async () => {
    const queue = countingQueue();
    const app = await appWith({ renderQueue: queue });
    const spellings = [
      { from: 'Mao', to: 'Joseph-Stalin' },
      { from: 'mao-zedong', to: 'joseph-stalin' },
      { from: 'MAO ZEDONG', to: 'stalin' },
    ];
    const bodies = [];
    for (const query of spellings)
      bodies.push((await request(app).get('/api/export/graph.svg').query(query).expect(200)).text);
    expect(queue.runs).toBe(1);
    expect(new Set(bodies).size).toBe(1);
  });

  it('should answer 503 with Retry-After when the queue is full', async () => {
    const queue = renderQueue({ maxWaiting: 1 });
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const never = new AbortController().signal;
    // One drawing being rendered, one waiting: the queue is full.
    const busy = [queue.run(() => held, never), queue.run(() => held, never)];
    const app = await appWith({ renderQueue: queue });
    const res = await request(app).get('/api/export/graph.png').query({ at: 1960 }).expect(503);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.body).toMatchObject({ status: 503, title: 'Service unavailable' });
    await request(app).get('/api/export/report.md').expect(200);
    release();
    await Promise.all(busy);
  });

  it('should drop a queued drawing whose client hung up', async () => {
    const queue = countingQueue();
    let release!: () => void;
    const busy = queue.run(
      () => new Promise<void>((r) => (release = r)),
      new AbortController().signal,
    );
    const server = createHttpServer(await appWith({ renderQueue: queue })).listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const client = new AbortController();
    const asked = fetch(`http://127.0.0.1:${port}/api/export/graph.png?at=1970`, {
      signal: client.signal,
    }).catch(() => 'aborted');
    for (let i = 0; i < 200 && queue.waiting === 0; i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(queue.waiting).toBe(1);
    client.abort();
    expect(await asked).toBe('aborted');
    for (let i = 0; i < 200 && queue.waiting > 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(queue.waiting).toBe(0);
    release();
    await busy;
    server.close();
  });

  it('should give drawings a per-client budget of their own', async () => {
    const app = await appWith({ renderLimit: { limit: 2, windowMs: 60_000 } });
    await request(app).get('/api/export/graph.svg').query({ at: 1960 }).expect(200);
    await request(app).get('/api/export/graph.svg').query({ at: 1961 }).expect(200);
    const res = await request(app).get('/api/export/graph.png').query({ at: 1962 }).expect(429);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body.detail).toMatch(/drawings/);
    await request(app).get('/api/export/report.md').expect(200);
    await request(app).get('/api/graph').expect(200);
  });
});
