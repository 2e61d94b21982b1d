import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { appFor, expectProblem } from '../helpers/app.js';
import { ESSAY_CORPUS } from '../helpers/fixtures.js';

interface SerializedEdge {
  key: string;
  source: string;
  target: string;
  attributes: { relation: string; polarity: string; modality: string };
}

const app = await appFor(ESSAY_CORPUS);

const between = (edges: SerializedEdge[], a: string, b: string) =>
  edges.filter((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));

describe('GET /api/graph with filters (the essay)', () => {
  it("should show the essay's world in 1969: Sino-Soviet hostility, no Trump–Putin relation", async () => {
    const all = await request(app).get('/api/graph').expect(200);
    const at1969 = await request(app).get('/api/graph?at=1969').expect(200);
    expect(between(all.body.edges, 'donald-trump', 'vladimir-putin').length).toBeGreaterThan(0);
    expect(between(at1969.body.edges, 'donald-trump', 'vladimir-putin')).toEqual([]);
    const sinoSoviet = between(at1969.body.edges, 'soviet-union', 'china');
    expect(sinoSoviet.some((e) => e.attributes.polarity === 'hostile')).toBe(true);
    expect(at1969.body.edges.length).toBeLessThan(all.body.edges.length);
    expect(at1969.body.nodes.length).toBe(all.body.nodes.length);
  });

  it('should keep only the kinds, relations and facts asked for', async () => {
    const res = await request(app)
      .get('/api/graph')
      .query({ kinds: 'person,state', relations: 'leads', facts: 'true' })
      .expect(200);
    const kinds = new Set(
      res.body.nodes.map((n: { attributes: { kind: string } }) => n.attributes.kind),
    );
    expect([...kinds].sort()).toEqual(['person', 'state']);
    for (const e of res.body.edges as SerializedEdge[]) {
      expect(e.attributes.relation).toBe('leads');
      expect(e.attributes.modality).toBe('fact');
    }
    expect(res.body.edges.length).toBeGreaterThan(0);
  });

  it('should give each view its own ETag and answer 304 to a matching one', async () => {
    const all = await request(app).get('/api/graph').expect(200);
    const view = await request(app).get('/api/graph?at=1969').expect(200);
    expect(view.headers.etag).toBeTruthy();
    expect(view.headers.etag).not.toBe(all.headers.etag);
    expect(view.headers['cache-control']).toBe('no-cache');
    await request(app)
      .get('/api/graph?at=1969')
      .set('If-None-Match', view.headers.etag!)
      .expect(304);
    await request(app)
      .get('/api/graph?at=1970')
      .set('If-None-Match', view.headers.etag!)
      .expect(200);
  });

  it.each(['at=late', 'kinds=dragon', 'relations=befriended', 'facts=perhaps', 'colour=red'])(
    'should answer 400 naming the parameter for ?%s',
    async (query) => {
      const res = await request(app).get(`/api/graph?${query}`).expect(400);
      expectProblem(res, { status: 400, parameter: query.split('=')[0] });
    },
  );
});
