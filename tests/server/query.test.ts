import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { parsePathQuery } from '../../graph/query/syntax.js';
import { appFor } from '../helpers/app.js';
import { MINI_CORPUS } from '../helpers/fixtures.js';

const app = await appFor(MINI_CORPUS);

describe('GET /api/query', () => {
  it('should answer a one-line query as /api/paths answers the same parameters', async () => {
    const line = await request(app)
      .get('/api/query')
      .query({ q: 'mao -> khrushchev -> china k=2 facts' })
      .expect(200);
    const params = await request(app)
      .get('/api/paths')
      .query({ from: 'mao', via: 'khrushchev', to: 'china', k: 2, facts: 'true' })
      .expect(200);
    expect(line.body).toEqual(params.body);
    expect(line.body.paths[0].nodes.map((n: { id: string }) => n.id)).toContain(
      'nikita-khrushchev',
    );
  });

  it('should answer 400 with the column of a syntax error', async () => {
    const res = await request(app).get('/api/query').query({ q: 'mao -> china k=99' }).expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      type: '/api/docs#problem-invalid-input',
      parameter: 'q',
      column: 16,
    });
  });

  it('should answer 400 naming q when it is missing', async () => {
    const res = await request(app).get('/api/query').expect(400);
    expect(res.body.parameter).toBe('q');
  });

  it('should answer 404 with suggestions for an unknown entity', async () => {
    const res = await request(app)
      .get('/api/query')
      .query({ q: 'mao -> krushchevv premier' })
      .expect(404);
    expect(res.body).toMatchObject({ status: 404, parameter: 'to' });
    expect(Array.isArray(res.body.suggestions)).toBe(true);
  });

  it('should document only options and examples the syntax accepts', async () => {
    const docs = await request(app).get('/api/openapi.json').expect(200);
    const q = docs.body.paths['/api/query'].get.parameters.find(
      (p: { name: string }) => p.name === 'q',
    );
    const options = [...q.description.split('then options')[1].matchAll(/`([^`]+)`/g)].map(
      (m) => m[1],
    );
    expect(options.length).toBeGreaterThan(1);
    for (const option of options)
      expect(() => parsePathQuery(`mao -> stalin ${option}`), option).not.toThrow();
    for (const example of q.schema.examples)
      expect(() => parsePathQuery(example), example).not.toThrow();
  });
});
