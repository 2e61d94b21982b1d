// The review API over HTTP: reading a document's annotations with drafts, reviewing them, and what the public sees.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { AUTHORIZED, expectProblem, writingAppFor } from '../helpers/app.js';
import { reviewDraftsCopy, THAW } from '../helpers/review-drafts.js';

const DOC = `/api/documents/${THAW}`;
const fileOf = (dir: string) => join(dir, THAW, 'annotations.yaml');
const historyOf = (dir: string) =>
  readdirSync(join(dir, '.history', THAW)).filter((n) => n.endsWith('.yaml'));

async function reviewApp() {
  const dir = reviewDraftsCopy();
  return { dir, ...(await writingAppFor(dir)) };
}

const graphKeys = async (app: Parameters<typeof request>[0]) => {
  const { body } = await request(app).get('/api/graph').expect(200);
  return {
    nodes: body.nodes.map((n: { key: string }) => n.key) as string[],
    edges: body.edges.map((e: { key: string }) => e.key) as string[],
  };
};

describe('GET /api/documents/:slug/annotations', () => {
  it('should list drafts and rejected annotations with drafts=1, their spans, counts and the version', async () => {
    const { app } = await reviewApp();
    const res = await request(app).get(`${DOC}/annotations?drafts=1`).set(AUTHORIZED).expect(200);
    expect(res.headers.etag).toBe(`"${res.body.version}"`);
    expect(res.body.counts).toEqual({ draft: 3, accepted: 2, rejected: 2 });
    expect(res.body.relations.map((r: { id: string; status: string }) => [r.id, r.status])).toEqual(
      [
        ['nikita-khrushchev.denounced.joseph-stalin', 'accepted'],
        ['gomulka-leads-poland', 'draft'],
        ['hungary-revolted-against-soviet-union', 'rejected'],
        ['mao-criticizes-khrushchev', 'draft'],
      ],
    );
    const article = await request(app).get(`/api/article?doc=${THAW}`).expect(200);
    const gomulka = res.body.entities.find((e: { id: string }) => e.id === 'wladyslaw-gomulka');
    expect(gomulka).toMatchObject({ home: 'document', status: 'draft', confidence: 0.8 });
    const [span] = gomulka.mentions;
    expect(article.body.text.slice(span.start, span.end)).toBe('wladyslaw gomulka');
    const [quote] = res.body.relations[1].evidenceSpans;
    expect(article.body.text.slice(quote.start, quote.end)).toBe(
      'wladyslaw gomulka returned to lead poland',
    );
  });

  it('should list only what the public sees without drafts=1', async () => {
    const { app } = await reviewApp();
    const res = await request(app).get(`${DOC}/annotations`).set(AUTHORIZED).expect(200);
    expect(res.body.relations.map((r: { id: string }) => r.id)).toEqual([
      'nikita-khrushchev.denounced.joseph-stalin',
    ]);
    expect(res.body.entities.map((e: { status: string }) => e.status)).not.toContain('draft');
    expect(res.body.counts.draft).toBe(3);
  });

  it('should refuse without the edit token, even to read', async () => {
    const { app } = await reviewApp();
    for (const url of [`${DOC}/annotations?drafts=1`, `${DOC}/history`]) {
      const res = await request(app).get(url).expect(401);
      expectProblem(res, { status: 401 });
      await request(app).get(url).set('Authorization', 'Bearer wrong-token').expect(401);
    }
  });
});

describe('what the public sees', () => {
  it('should keep drafts out of /api/graph, and bring an accepted relation and its draft entity in', async () => {
    const { app } = await reviewApp();
    const before = await graphKeys(app);
    expect(before.nodes).not.toContain('wladyslaw-gomulka');
    expect(before.nodes).not.toContain('polish-october');
    expect(before.edges).toEqual(['nikita-khrushchev.denounced.joseph-stalin']);
    await request(app)
      .patch(`${DOC}/relations/gomulka-leads-poland`)
      .set(AUTHORIZED)
      .send({ status: 'accepted' })
      .expect(200, /"status":"accepted"/);
    const after = await graphKeys(app);
    expect(after.nodes).toContain('wladyslaw-gomulka');
    expect(after.edges).toContain('gomulka-leads-poland');
    const review = await request(app).get(`${DOC}/annotations?drafts=1`).set(AUTHORIZED);
    const gomulka = review.body.entities.find((e: { id: string }) => e.id === 'wladyslaw-gomulka');
    expect(gomulka.status).toBe('accepted');
  });

  it('should take a relation and its entity out of the graph again when rejected', async () => {
    const { app } = await reviewApp();
    const relation = `${DOC}/relations/gomulka-leads-poland`;
    await request(app).patch(relation).set(AUTHORIZED).send({ status: 'accepted' }).expect(200);
    await request(app).patch(relation).set(AUTHORIZED).send({ status: 'rejected' }).expect(200);
    expect((await graphKeys(app)).edges).not.toContain('gomulka-leads-poland');
    await request(app)
      .patch(`${DOC}/entities/wladyslaw-gomulka`)
      .set(AUTHORIZED)
      .send({ status: 'rejected' })
      .expect(200, /"status":"rejected"/);
    expect((await graphKeys(app)).nodes).not.toContain('wladyslaw-gomulka');
    await request(app).get('/api/entities/wladyslaw-gomulka').expect(404);
  });

  it('should find paths through a relation once it is accepted', async () => {
    const { app } = await reviewApp();
    const path = '/api/paths?from=mao-zedong&to=joseph-stalin';
    expect((await request(app).get(path).expect(200)).body.paths).toEqual([]);
    await request(app)
      .patch(`${DOC}/relations/mao-criticizes-khrushchev`)
      .set(AUTHORIZED)
      .send({ status: 'accepted' })
      .expect(200);
    const { body } = await request(app).get(path).expect(200);
    expect(body.paths[0].nodes.map((n: { id: string }) => n.id)).toEqual([
      'mao-zedong',
      'nikita-khrushchev',
      'joseph-stalin',
    ]);
  });
});

describe('writing relations', () => {
  const NEW = {
    source: 'soviet-union',
    relation: 'opposes',
    target: 'hungary',
    evidence: ['the revolt against soviet rule was crushed'],
    status: 'draft',
  };

  it('should add one: 201, Location, the new ETag, comments and order of the file kept', async () => {
    const { app, dir } = await reviewApp();
    const before = readFileSync(fileOf(dir), 'utf8');
    const res = await request(app).post(`${DOC}/relations`).set(AUTHORIZED).send(NEW).expect(201);
    expect(res.headers.location).toBe(`${DOC}/relations/soviet-union.opposes.hungary`);
    expect(res.body).toMatchObject({ id: 'soviet-union.opposes.hungary', status: 'draft' });
    const after = readFileSync(fileOf(dir), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toBe(
      [
        '  - source: soviet-union',
        '    relation: opposes',
        '    target: hungary',
        "    evidence: ['the revolt against soviet rule was crushed']",
        '    status: draft',
        '',
      ].join('\n'),
    );
    const read = await request(app).get(`${DOC}/annotations`).set(AUTHORIZED);
    expect(res.headers.etag).toBe(read.headers.etag);
  });

  it('should refuse a quote not in the text with the loader reason, and write nothing', async () => {
    const { app, dir } = await reviewApp();
    const before = readFileSync(fileOf(dir), 'utf8');
    const res = await request(app)
      .post(`${DOC}/relations`)
      .set(AUTHORIZED)
      .send({ ...NEW, evidence: ['the soviets won'] })
      .expect(422);
    expectProblem(res, { status: 422 });
    expect(res.body.problems[0].message).toMatch(/quote not found in the article/);
    expect(readFileSync(fileOf(dir), 'utf8')).toBe(before);
    expect(() => historyOf(dir)).toThrow();
  });

  it('should refuse invalid fields (400), an unknown document or relation (404)', async () => {
    const { app } = await reviewApp();
    const bad = [
      { ...NEW, relation: 'befriended' },
      { ...NEW, evidence: [] },
      { ...NEW, extra: 1 },
    ];
    for (const body of bad)
      expectProblem(
        await request(app).post(`${DOC}/relations`).set(AUTHORIZED).send(body).expect(400),
        {
          status: 400,
        },
      );
    await request(app).post('/api/documents/nope/relations').set(AUTHORIZED).send(NEW).expect(404);
    await request(app)
      .patch(`${DOC}/relations/nope`)
      .set(AUTHORIZED)
      .send({ status: 'accepted' })
      .expect(404);
    await request(app).delete(`${DOC}/relations/nope`).set(AUTHORIZED).expect(404);
  });

  it('should answer 412 to a stale If-Match, with the new ETag, and write nothing', async () => {
    const { app, dir } = await reviewApp();
    const { headers } = await request(app).get(`${DOC}/annotations`).set(AUTHORIZED);
    await request(app)
      .patch(`${DOC}/relations/mao-criticizes-khrushchev`)
      .set(AUTHORIZED)
      .set('If-Match', headers.etag!)
      .send({ status: 'rejected' })
      .expect(200);
    const written = readFileSync(fileOf(dir), 'utf8');
    const stale = await request(app)
      .delete(`${DOC}/relations/gomulka-leads-poland`)
      .set(AUTHORIZED)
      .set('If-Match', headers.etag!)
      .expect(412);
    expectProblem(stale, { status: 412 });
    expect(stale.headers.etag).not.toBe(headers.etag);
    expect(readFileSync(fileOf(dir), 'utf8')).toBe(written);
  });

  it('should notice a hand edit between GET and PATCH (412), and keep both edits', async () => {
    const { app, dir } = await reviewApp();
    const { headers } = await request(app).get(`${DOC}/annotations`).set(AUTHORIZED);
    const handEdited = readFileSync(fileOf(dir), 'utf8').replace(
      'reason: A criticism stated outright.',
      'reason: Checked by hand.',
    );
    writeFileSync(fileOf(dir), handEdited);
    const patch = { status: 'accepted' };
    const url = `${DOC}/relations/gomulka-leads-poland`;
    const refused = await request(app)
      .patch(url)
      .set(AUTHORIZED)
      .set('If-Match', headers.etag!)
      .send(patch);
    expect(refused.status).toBe(412);
    expect(readFileSync(fileOf(dir), 'utf8')).toBe(handEdited);
    await request(app)
      .patch(url)
      .set(AUTHORIZED)
      .set('If-Match', refused.headers.etag!)
      .send(patch)
      .expect(200);
    const both = readFileSync(fileOf(dir), 'utf8');
    expect(both).toContain('reason: Checked by hand.');
    expect(both).toMatch(/id: gomulka-leads-poland\n(?:.*\n){4}\s+status: accepted/);
  });

  it('should let one of two writes made against the same version through, and refuse the other', async () => {
    const { app } = await reviewApp();
    const { headers } = await request(app).get(`${DOC}/annotations`).set(AUTHORIZED);
    const answers = await Promise.all(
      ['accepted', 'rejected'].map((status) =>
        request(app)
          .patch(`${DOC}/relations/mao-criticizes-khrushchev`)
          .set(AUTHORIZED)
          .set('If-Match', headers.etag!)
          .send({ status }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 412]);
  });

  it('should serialize concurrent writes: every one applied, none lost', async () => {
    const { app, dir } = await reviewApp();
    const quotes = [
      'the polish october followed',
      'the party congress',
      'within weeks',
      'for his speech',
    ];
    const answers = await Promise.all(
      quotes.map((quote) =>
        request(app)
          .post(`${DOC}/relations`)
          .set(AUTHORIZED)
          .send({ ...NEW, evidence: [quote] }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201]);
    const text = readFileSync(fileOf(dir), 'utf8');
    for (const quote of quotes) expect(text).toContain(quote);
    expect(historyOf(dir)).toHaveLength(4);
  });
});

describe('writing entities', () => {
  it('should add a draft entity of the document, kept out of the graph', async () => {
    const { app } = await reviewApp();
    const res = await request(app)
      .post(`${DOC}/entities`)
      .set(AUTHORIZED)
      .send({ kind: 'organization', label: 'Party Congress', status: 'draft' })
      .expect(201);
    expect(res.headers.location).toBe(`${DOC}/entities/party-congress`);
    expect(res.body).toMatchObject({ id: 'party-congress', home: 'document', status: 'draft' });
    expect(res.body.mentions).toHaveLength(1);
    expect((await graphKeys(app)).nodes).not.toContain('party-congress');
  });

  it('should link words to an entity as a local alias: a new mention', async () => {
    const { app } = await reviewApp();
    const res = await request(app)
      .post(`${DOC}/entities`)
      .set(AUTHORIZED)
      .send({ linkTo: 'soviet-union', alias: 'soviet rule' })
      .expect(201);
    expect(res.body).toMatchObject({ id: 'soviet-union', localAliases: ['soviet rule'] });
    const { body } = await request(app).get(`/api/entities/soviet-union?doc=${THAW}`).expect(200);
    expect(body.mentions.map((m: { text: string }) => m.text)).toContain('soviet rule');
  });

  it('should merge a draft entity into a registry one: relations follow, names become local aliases', async () => {
    const { app, dir } = await reviewApp();
    await request(app)
      .post(`${DOC}/entities`)
      .set(AUTHORIZED)
      .send({ kind: 'person', label: 'Gomulka Junior', aliases: [], status: 'draft' })
      .expect(422);
    const res = await request(app)
      .patch(`${DOC}/entities/polish-october`)
      .set(AUTHORIZED)
      .send({ mergeInto: 'poland' })
      .expect(200);
    expect(res.body).toMatchObject({ id: 'poland', localAliases: ['Polish October'] });
    expect(readFileSync(fileOf(dir), 'utf8')).not.toContain('id: polish-october');
    await request(app)
      .patch(`${DOC}/entities/wladyslaw-gomulka`)
      .set(AUTHORIZED)
      .send({ mergeInto: 'poland', label: 'X' })
      .expect(400);
  });

  it('should remove a candidate with its draft relations, and refuse what the loader refuses', async () => {
    const { app, dir } = await reviewApp();
    await request(app).delete(`${DOC}/entities/wladyslaw-gomulka`).set(AUTHORIZED).expect(200);
    const text = readFileSync(fileOf(dir), 'utf8');
    expect(text).not.toContain('gomulka-leads-poland');
    expect(text).toContain('# The author, written by hand: accepted.');
    const refused = await request(app)
      .delete(`${DOC}/entities/cy-draft`)
      .set(AUTHORIZED)
      .expect(422);
    expect(refused.body.problems[0].message).toMatch(/author `cy-draft`/);
    await request(app).delete(`${DOC}/entities/joseph-stalin`).set(AUTHORIZED).expect(404);
  });
});

describe('history', () => {
  it('should list the versions replaced and restore one, keeping the version it replaces', async () => {
    const { app, dir } = await reviewApp();
    const original = readFileSync(fileOf(dir), 'utf8');
    await request(app)
      .patch(`${DOC}/relations/mao-criticizes-khrushchev`)
      .set(AUTHORIZED)
      .send({ status: 'accepted' })
      .expect(200);
    const accepted = readFileSync(fileOf(dir), 'utf8');
    const list = await request(app).get(`${DOC}/history`).set(AUTHORIZED).expect(200);
    expect(list.body).toEqual([
      expect.objectContaining({ change: 'accepted relation mao-criticizes-khrushchev' }),
    ]);
    const restored = await request(app)
      .post(`${DOC}/history/${list.body[0].version}/restore`)
      .set(AUTHORIZED)
      .expect(200);
    expect(readFileSync(fileOf(dir), 'utf8')).toBe(original);
    expect(
      restored.body.relations.find((r: { id: string }) => r.id === 'mao-criticizes-khrushchev')
        .status,
    ).toBe('draft');
    expect((await graphKeys(app)).edges).not.toContain('mao-criticizes-khrushchev');
    const after = await request(app).get(`${DOC}/history`).set(AUTHORIZED).expect(200);
    expect(after.body).toHaveLength(2);
    expect(after.body[0].change).toMatch(/^restored version /);
    const kept = readFileSync(join(dir, '.history', THAW, `${after.body[0].version}.yaml`), 'utf8');
    expect(kept).toBe(accepted);
  });

  it('should refuse edits to a file broken by hand (422), and restore a kept version over it', async () => {
    const { app, dir } = await reviewApp();
    await request(app)
      .patch(`${DOC}/relations/gomulka-leads-poland`)
      .set(AUTHORIZED)
      .send({ status: 'rejected' })
      .expect(200);
    for (const shape of ['relations: [\n', 'relations: 5\nentities: 7\n']) {
      writeFileSync(fileOf(dir), shape);
      const res = await request(app)
        .patch(`${DOC}/relations/gomulka-leads-poland`)
        .set(AUTHORIZED)
        .send({ status: 'accepted' });
      expectProblem(res, { status: 422 });
      await request(app).delete(`${DOC}/entities/cy-draft`).set(AUTHORIZED).expect(422);
      await request(app).get(`${DOC}/annotations`).set(AUTHORIZED).expect(422);
    }
    const [kept] = (await request(app).get(`${DOC}/history`).set(AUTHORIZED)).body;
    await request(app).post(`${DOC}/history/${kept.version}/restore`).set(AUTHORIZED).expect(200);
    expect(readFileSync(fileOf(dir), 'utf8')).toContain('status: draft');
    const versions = (await request(app).get(`${DOC}/history`).set(AUTHORIZED)).body;
    expect(versions).toHaveLength(2);
  });
});
