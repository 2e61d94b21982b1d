// Adding and trashing documents over HTTP: what is written, what readers see, and every refusal as a problem.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { AUTHORIZED, expectProblem, writingAppFor } from '../helpers/app.js';
import { twoEssaysCopy } from '../helpers/two-essays.js';

const STALIN_AND_MAO = {
  title: 'Stalin and Mao',
  author: 'Cy Writer',
  publication: 'Test Weekly',
  date: '2010',
  text: 'Stalin met Mao Zedong in Moscow in 1949.\n\nThe Soviet Union and China signed a treaty.',
};

describe('POST /api/documents', () => {
  it('should add a document whole: 201, its slug, a Location, and its registry mentions at once', async () => {
    const dir = twoEssaysCopy();
    const { app } = await writingAppFor(dir);
    const res = await request(app)
      .post('/api/documents')
      .set(AUTHORIZED)
      .send(STALIN_AND_MAO)
      .expect(201);
    expect(res.headers.location).toBe('/api/documents/stalin-and-mao');
    expect(res.body).toMatchObject({
      slug: 'stalin-and-mao',
      title: 'Stalin and Mao',
      published: '2010',
      relations: 0,
      entities: 4,
    });
    expect(readFileSync(join(dir, 'stalin-and-mao/essay.txt'), 'utf8')).toContain(
      'Stalin met Mao Zedong in Moscow in 1949.',
    );
    const mao = await request(app).get('/api/entities/mao-zedong?doc=stalin-and-mao').expect(200);
    expect(mao.body.mentions.map((m: { text: string }) => m.text)).toEqual(['Mao', 'Mao Zedong']);
    await request(app)
      .get('/api/documents')
      .expect(200, /"documents":3/);
  });

  it('should keep the article of a web page and drop the page around it', async () => {
    const { app } = await writingAppFor(twoEssaysCopy());
    const html = `<html><head><title>Site</title></head><body><nav>Home · World · Sign in</nav><article><h1>Nixon in Beijing</h1>
      <p>In 1972 Richard Nixon flew to Beijing and met Mao Zedong, who had long distrusted the Soviet Union.</p>
      <p>The visit reordered the Cold War: Moscow now faced a Chinese rapprochement with Washington.</p></article>
      <footer>© Site · Subscribe</footer><script>steal()</script></body></html>`;
    const res = await request(app)
      .post('/api/documents')
      .set(AUTHORIZED)
      .send({ title: 'Nixon in Beijing', html })
      .expect(201);
    const article = await request(app).get(`/api/article?doc=${res.body.slug}`).expect(200);
    expect(article.body.text).toContain('In 1972 Richard Nixon flew to Beijing');
    expect(article.body.text).not.toMatch(/Sign in|Subscribe|steal/);
  });

  it('should give titles that clash distinct slugs', async () => {
    const { app } = await writingAppFor(twoEssaysCopy());
    await request(app).post('/api/documents').set(AUTHORIZED).send(STALIN_AND_MAO).expect(201);
    const again = await request(app)
      .post('/api/documents')
      .set(AUTHORIZED)
      .send(STALIN_AND_MAO)
      .expect(201);
    expect(again.body.slug).toBe('stalin-and-mao-2');
  });

  it('should refuse bad writes with problems, and write nothing', async () => {
    const dir = twoEssaysCopy();
    const { app } = await writingAppFor(dir);
    const post = () => request(app).post('/api/documents');
    expectProblem(await post().send(STALIN_AND_MAO).expect(401), { status: 401 });
    expectProblem(
      await post()
        .set({ Authorization: 'Bearer wrong-token-wrong-token-wrong' })
        .send(STALIN_AND_MAO)
        .expect(401),
      { status: 401 },
    );
    expectProblem(await post().set(AUTHORIZED).send({ title: 'No text' }).expect(400), {
      parameter: 'text',
    });
    expectProblem(
      await post()
        .set(AUTHORIZED)
        .send({ ...STALIN_AND_MAO, html: '<p>both</p>' })
        .expect(400),
      { parameter: 'text' },
    );
    expectProblem(
      await post()
        .set(AUTHORIZED)
        .send({ ...STALIN_AND_MAO, url: 'javascript:alert(1)' })
        .expect(400),
      { status: 400 },
    );
    expectProblem(
      await post().set(AUTHORIZED).send({ title: 'Menu', html: '<nav>Home</nav>' }).expect(422),
      { status: 422 },
    );
    expectProblem(
      await post()
        .set(AUTHORIZED)
        .set('Content-Type', 'application/json')
        .send('{"title": ')
        .expect(400),
      { status: 400 },
    );
    expectProblem(
      await post()
        .set(AUTHORIZED)
        .send({ ...STALIN_AND_MAO, text: 'x'.repeat(2_100_000) })
        .expect(413),
      { status: 413 },
    );
    expect(readdirSync(dir).sort()).toEqual(['entities.yaml', 'mao-and-moscow', 'secret-speech']);
  });
});

describe('DELETE /api/documents/:slug', () => {
  it('should move the document to the trash, where it can be restored, and take it out of every answer', async () => {
    const dir = twoEssaysCopy();
    const { app } = await writingAppFor(dir);
    const res = await request(app)
      .delete('/api/documents/secret-speech')
      .set(AUTHORIZED)
      .expect(200);
    expect(res.body.trashedAs).toMatch(/^secret-speech-\d{8}T\d{6}Z$/);
    expect(existsSync(join(dir, '.trash', res.body.trashedAs, 'annotations.yaml'))).toBe(true);
    expect(existsSync(join(dir, 'secret-speech'))).toBe(false);
    await request(app).get('/api/graph?doc=secret-speech').expect(404);
    const graph = await request(app).get('/api/graph').expect(200);
    expect(graph.body.nodes.map((n: { key: string }) => n.key)).not.toContain('de-stalinization');
  });

  it('should refuse to trash an unknown document, or the last one, and need the token', async () => {
    const { app } = await writingAppFor(twoEssaysCopy());
    await request(app).delete('/api/documents/secret-speech').expect(401);
    expectProblem(await request(app).delete('/api/documents/nope').set(AUTHORIZED).expect(404), {
      status: 404,
    });
    await request(app).delete('/api/documents/secret-speech').set(AUTHORIZED).expect(200);
    expectProblem(
      await request(app).delete('/api/documents/mao-and-moscow').set(AUTHORIZED).expect(409),
      { status: 409 },
    );
  });
});

describe('reads in flight during writes', () => {
  it('should answer every read from the old graph or the new one, never a mix', async () => {
    const { app } = await writingAppFor(twoEssaysCopy());
    const agent = request(app);
    const consistent = async () => {
      const { body } = await agent.get('/api/graph').expect(200);
      const listed = new Set(body.attributes.documents.map((d: { slug: string }) => d.slug));
      const keys = new Set(body.nodes.map((n: { key: string }) => n.key));
      for (const e of body.edges) {
        expect(listed.has(e.attributes.doc)).toBe(true);
        expect(keys.has(e.source) && keys.has(e.target)).toBe(true);
      }
      return listed.size;
    };
    const writes = (async () => {
      for (let i = 0; i < 4; i++) {
        const added = await agent
          .post('/api/documents')
          .set(AUTHORIZED)
          .send({ ...STALIN_AND_MAO, title: `Essay ${i}` })
          .expect(201);
        await agent.delete(`/api/documents/${added.body.slug}`).set(AUTHORIZED).expect(200);
      }
    })();
    const sizes = new Set<number>();
    const reads = Array.from({ length: 40 }, async () => sizes.add(await consistent()));
    await Promise.all([writes, ...reads]);
    expect([...sizes].every((n) => n === 2 || n === 3)).toBe(true);
  });
});
