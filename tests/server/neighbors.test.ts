import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { appFor } from '../helpers/app.js';
import { MINI_CORPUS } from '../helpers/fixtures.js';

const app = await appFor(MINI_CORPUS);

const keys = (items: { key: string }[]) => items.map((i) => i.key).sort();

describe('GET /api/neighbors/:id', () => {
  it("should answer the neighbourhood in graphology's serialized format", async () => {
    const res = await request(app).get('/api/neighbors/mao-zedong').expect(200);
    expect(res.body.options).toMatchObject({ type: 'directed', multi: true });
    expect(keys(res.body.nodes)).toEqual(['mao-zedong', 'nikita-khrushchev']);
    expect(res.body.edges).toHaveLength(1);
    expect(res.headers.etag).toBeTruthy();
  });

  it.each([
    ['mao-zedong?depth=3', 'china joseph-stalin mao-zedong nikita-khrushchev soviet-union'],
    ['mao-zedong?depth=3&at=1956', 'joseph-stalin mao-zedong nikita-khrushchev soviet-union'],
    ['china?depth=2&kinds=state', 'china soviet-union united-states'],
    ['china?facts=true&relations=denounced', 'china soviet-union'],
  ])('should go deeper with depth and apply the filters: %s', async (query, expected) => {
    const res = await request(app).get(`/api/neighbors/${query}`).expect(200);
    expect(keys(res.body.nodes)).toEqual(expected.split(' '));
  });

  it.each([
    ['depth=0', 'depth'],
    ['depth=4', 'depth'],
    ['kinds=dragon', 'kinds'],
    ['at=soon', 'at'],
    ['hops=2', 'hops'],
  ])('should answer 400 naming the parameter for ?%s', async (query, parameter) => {
    const res = await request(app).get(`/api/neighbors/mao-zedong?${query}`).expect(400);
    expect(res.body).toMatchObject({ status: 400, parameter });
  });

  it('should answer 404 with suggestions for an unknown id', async () => {
    const res = await request(app).get('/api/neighbors/mao').expect(404);
    expect(res.body.suggestions[0].id).toBe('mao-zedong');
  });
});
