import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { appFor } from '../helpers/app.js';
import { MINI_CORPUS } from '../helpers/fixtures.js';

const app = await appFor(MINI_CORPUS);

describe('GET /api/entities/:id', () => {
  it('should answer attributes, relations by type with evidence, and mentions', async () => {
    const res = await request(app).get('/api/entities/nikita-khrushchev').expect(200);
    expect(res.body).toMatchObject({
      id: 'nikita-khrushchev',
      label: 'Nikita Khrushchev',
      kind: 'person',
    });
    expect(res.body.relations[0].relation).toBe('denounced');
    expect(res.body.relations[0].relations[0]).toMatchObject({
      direction: 'out',
      label: 'denounced',
      other: { id: 'joseph-stalin' },
    });
    expect(res.body.relations[0].relations[0].evidence[0].quote).toBeTruthy();
    expect(res.body.mentions[0].sentenceText).toBeTruthy();
  });

  it('should answer 404 with suggestions for an unknown id', async () => {
    const res = await request(app).get('/api/entities/khrushchev').expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ type: '/api/docs#problem-not-found', parameter: 'id' });
    expect(res.body.suggestions[0]).toEqual({
      id: 'nikita-khrushchev',
      label: 'Nikita Khrushchev',
    });
  });

  it('should leave the search at /api/entities?q= working', async () => {
    const res = await request(app).get('/api/entities').query({ q: 'mao' }).expect(200);
    expect(res.body.results[0].id).toBe('mao-zedong');
  });
});
