// POST /api/documents/:slug/draft: the extractor's proposals join the review; reviewed work and rejections stay.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { AUTHORIZED, expectProblem, writingAppFor } from '../helpers/app.js';
import { reviewDraftsCopy, THAW } from '../helpers/review-drafts.js';
import { twoEssaysCopy } from '../helpers/two-essays.js';

const DOC = `/api/documents/${THAW}`;

type Relation = { id: string; source: string; target: string; status: string; reason?: string };

async function drafted() {
  const dir = reviewDraftsCopy();
  const { app } = await writingAppFor(dir);
  const res = await request(app).post(`${DOC}/draft`).set(AUTHORIZED).expect(200);
  return { dir, app, review: res.body as { relations: Relation[]; version: string } };
}

const statusOf = (relations: Relation[], id: string) => relations.find((r) => r.id === id)?.status;

describe('POST /api/documents/:slug/draft', () => {
  it('should propose drafts with a reason, keep what was reviewed, and keep drafts out of the public graph', async () => {
    const { dir, app, review } = await drafted();
    const drafts = review.relations.filter((r) => r.status === 'draft');
    expect(drafts.length).toBeGreaterThan(0);
    for (const r of drafts) expect(r.reason).toBeTruthy();
    expect(statusOf(review.relations, 'nikita-khrushchev.denounced.joseph-stalin')).toBe(
      'accepted',
    );
    expect(statusOf(review.relations, 'hungary-revolted-against-soviet-union')).toBe('rejected');
    const graph = await request(app).get('/api/graph').expect(200);
    const draftIds = new Set(drafts.map((r) => r.id));
    expect(graph.body.edges.filter((e: { key: string }) => draftIds.has(e.key))).toEqual([]);
    const file = readFileSync(join(dir, THAW, 'annotations.yaml'), 'utf8');
    expect(file).toMatch(/^# /m); // the person's comments survive
    expect(file).toContain('status: draft');
  });

  it('should not propose again a pair a person rejected, and give the same draft when run twice', async () => {
    const { app, review } = await drafted();
    const rejected = review.relations.filter((r) => r.status === 'rejected');
    const pair = (r: Relation) => [r.source, r.target].sort().join('|');
    const rejectedPairs = new Set(rejected.map(pair));
    const again = await request(app).post(`${DOC}/draft`).set(AUTHORIZED).expect(200);
    const drafts = (again.body.relations as Relation[]).filter((r) => r.status === 'draft');
    expect(drafts.filter((r) => rejectedPairs.has(pair(r)))).toEqual([]);
    expect(again.body.relations).toEqual(review.relations);
  });

  it('should refuse a stale If-Match and a request without the token', async () => {
    const dir = reviewDraftsCopy();
    const { app } = await writingAppFor(dir);
    const stale = await request(app)
      .post(`${DOC}/draft`)
      .set(AUTHORIZED)
      .set('If-Match', '"not-the-version"');
    expectProblem(stale, { status: 412 });
    expectProblem(await request(app).post(`${DOC}/draft`), { status: 401 });
  });

  it('should draft a document added without an author, and ask for an asserter when a draft is accepted', async () => {
    const { app } = await writingAppFor(twoEssaysCopy());
    const text = 'In 1956, Nikita Khrushchev denounced Joseph Stalin before the party congress.';
    const added = await request(app)
      .post('/api/documents')
      .set(AUTHORIZED)
      .send({ text, title: 'The speech retold' })
      .expect(201);
    const doc = `/api/documents/${added.body.slug}`;
    const { body } = await request(app).post(`${doc}/draft`).set(AUTHORIZED).expect(200);
    const [first] = body.relations as Relation[];
    expect(first).toMatchObject({
      source: 'nikita-khrushchev',
      target: 'joseph-stalin',
      status: 'draft',
    });
    const accepted = await request(app)
      .patch(`${doc}/relations/${encodeURIComponent(first!.id)}`)
      .set(AUTHORIZED)
      .send({ status: 'accepted' });
    expectProblem(accepted, { status: 422 });
    expect(JSON.stringify(accepted.body)).toContain('nobody asserts this relation');
  });

  it("should name a new document's author as who asserts its drafts, so that accepting one puts it in the graph", async () => {
    const { app, dir } = await (async () => {
      const dir = twoEssaysCopy();
      return { dir, ...(await writingAppFor(dir)) };
    })();
    const text = 'In 1956, Nikita Khrushchev denounced Joseph Stalin before the party congress.';
    const added = await request(app)
      .post('/api/documents')
      .set(AUTHORIZED)
      .send({ text, title: 'The speech retold', author: 'Ada Writer' })
      .expect(201);
    const doc = `/api/documents/${added.body.slug}`;
    const { body } = await request(app).post(`${doc}/draft`).set(AUTHORIZED).expect(200);
    const file = readFileSync(join(dir, added.body.slug, 'annotations.yaml'), 'utf8');
    expect(file).toMatch(/^author: ada-writer\n# The relations/);
    const [first] = body.relations as Relation[];
    await request(app)
      .patch(`${doc}/relations/${encodeURIComponent(first!.id)}`)
      .set(AUTHORIZED)
      .send({ status: 'accepted' })
      .expect(200);
    const graph = await request(app).get(`/api/graph?doc=${added.body.slug}`).expect(200);
    expect(graph.body.edges).toHaveLength(1);
    expect(graph.body.edges[0].attributes.assertedBy).toBe('ada-writer');
  });
});
