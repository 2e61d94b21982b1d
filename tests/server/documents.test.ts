// The read routes across documents: the library, one document, and `doc` scoping every answer.
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { appFor, expectProblem } from '../helpers/app.js';
import { TWO_ESSAYS } from '../helpers/two-essays.js';

let app: Express;
beforeAll(async () => {
  app = await appFor(TWO_ESSAYS);
});

describe('GET /api/documents', () => {
  it('should list each document with its metadata and counts, and the corpus totals', async () => {
    const { body } = await request(app).get('/api/documents').expect(200);
    expect(body.totals).toEqual({ documents: 2, entities: 9, relations: 5 });
    expect(body.documents[0]).toMatchObject({
      slug: 'secret-speech',
      title: 'The secret speech',
      author: 'Ann Example',
      publication: 'Test Review',
      published: '1999',
      relations: 2,
      entities: 5,
    });
    expect(Date.parse(body.documents[0].annotationsChanged)).not.toBeNaN();
  });

  it('should answer one document, and a 404 problem naming the documents there are', async () => {
    await request(app)
      .get('/api/documents/mao-and-moscow')
      .expect(200, /"relations":3/);
    const res = await request(app).get('/api/documents/no-such-essay').expect(404);
    expectProblem(res, {
      suggestions: [
        { id: 'secret-speech', label: 'The secret speech' },
        { id: 'mao-and-moscow', label: 'Mao and Moscow' },
      ],
    });
    expectProblem(await request(app).get('/api/documents/..%2Fetc').expect(400), {
      parameter: 'slug',
    });
  });
});

describe('`doc` on every read route', () => {
  it('should scope the graph to a document: its relations, the entities it names, its title', async () => {
    const { body } = await request(app).get('/api/graph?doc=secret-speech').expect(200);
    expect(body.edges.map((e: { attributes: { doc: string } }) => e.attributes.doc)).toEqual([
      'secret-speech',
      'secret-speech',
    ]);
    expect(body.nodes.map((n: { key: string }) => n.key)).not.toContain('richard-nixon');
    expect(body.attributes).toMatchObject({ title: 'The secret speech', year: 1999 });
    const both = await request(app)
      .get('/api/graph?doc=secret-speech&doc=mao-and-moscow')
      .expect(200);
    expect(both.body.edges).toHaveLength(5);
  });

  it('should find a path across documents, each hop naming its own and the narrative citing both', async () => {
    const { body } = await request(app).get('/api/paths?from=mao&to=de-stalinization').expect(200);
    const [path] = body.paths;
    expect(path.hops.map((h: { doc: string }) => h.doc)).toEqual([
      'mao-and-moscow',
      'secret-speech',
    ]);
    expect(path.narrative).toContain(
      'Sources: [1] Bo Sample, “Mao and Moscow”, Test Quarterly, 2003, sentence 2; [2] Ann Example, “The secret speech”, Test Review, 1999, sentence 3.',
    );
    const scoped = await request(app)
      .get('/api/paths?from=mao&to=de-stalinization&doc=mao-and-moscow')
      .expect(200);
    expect(scoped.body.paths).toEqual([]);
  });

  it("should tell each relation in the tense of its own document's year, scoped or not", async () => {
    const clause = async (query: string) => {
      const { body } = await request(app)
        .get(`/api/paths?from=khrushchev&to=stalin${query}`)
        .expect(200);
      return body.paths.map((p: { narrative: string }) => p.narrative.split(' Sources:')[0]);
    };
    expect(await clause('')).toEqual(await clause('&doc=secret-speech&doc=mao-and-moscow'));
    expect((await clause('&doc=secret-speech'))[0]).toBe(
      'Nikita Khrushchev denounced Joseph Stalin (1956) [1].',
    );
    expect(await clause('')).toContain('Nikita Khrushchev denounced Joseph Stalin (1956) [1].');
  });

  it('should scope entity search, entity details, neighbours, one-line queries and the article', async () => {
    const search = await request(app).get('/api/entities?q=nixon&doc=secret-speech').expect(200);
    expect(search.body.results).toEqual([]);
    const detail = await request(app)
      .get('/api/entities/joseph-stalin?doc=mao-and-moscow')
      .expect(200);
    expect(detail.body.mentions.every((m: { doc: string }) => m.doc === 'mao-and-moscow')).toBe(
      true,
    );
    expect(
      detail.body.relations.flatMap((g: { relations: { doc: string }[] }) =>
        g.relations.map((r) => r.doc),
      ),
    ).toEqual(['mao-and-moscow']);
    const neighbours = await request(app)
      .get('/api/neighbors/joseph-stalin?doc=secret-speech')
      .expect(200);
    expect(neighbours.body.nodes.map((n: { key: string }) => n.key).sort()).toEqual([
      'joseph-stalin',
      'nikita-khrushchev',
    ]);
    const query = await request(app)
      .get('/api/query?q=mao%20-%3E%20de-stalinization&doc=secret-speech')
      .expect(200);
    expect(query.body.paths).toEqual([]);
    const article = await request(app).get('/api/article?doc=mao-and-moscow').expect(200);
    expect(article.body).toMatchObject({
      slug: 'mao-and-moscow',
      meta: { title: 'Mao and Moscow' },
    });
  });

  it('should cite each quote with its document in an export that spans documents', async () => {
    const { text } = await request(app)
      .get('/api/export/report.md?from=mao&to=de-stalinization')
      .expect(200);
    expect(text).toContain('— Ann Example, “The secret speech”, Test Review, 1999, sentence 3');
    const csv = await request(app)
      .get('/api/export/edges.csv?from=mao&to=de-stalinization')
      .expect(200);
    expect(csv.text).toContain(
      'secret-speech,"Ann Example, “The secret speech”, Test Review, 1999"',
    );
    const one = await request(app).get('/api/export/report.md?doc=secret-speech').expect(200);
    expect(one.text).toContain('— sentence 2');
    expect(one.text).not.toContain('Mao and Moscow');
  });

  it('should refuse an unknown document (404) and a malformed slug (400) on every route', async () => {
    for (const route of [
      '/api/graph',
      '/api/paths?from=mao&to=china&',
      '/api/entities?q=mao&',
      '/api/export/graph.json?',
    ]) {
      const sep = route.includes('?') ? '' : '?';
      expectProblem(await request(app).get(`${route}${sep}doc=nope`).expect(404), {
        parameter: 'doc',
      });
      expectProblem(await request(app).get(`${route}${sep}doc=..%2Fnope`).expect(400), {
        parameter: 'doc',
      });
    }
  });
});
