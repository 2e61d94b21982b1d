import request from 'supertest';
import { describe, expect, it } from 'vitest';
import express from 'express';
import { loadEssay } from '../../graph/essay.js';
import { fixedEssay } from '../../server/essay-source.js';
import { problemMiddleware } from '../../server/problem.js';
import { pathRoutes } from '../../server/routes/paths.js';
import { appFor, expectProblem } from '../helpers/app.js';
import { MINI_CORPUS } from '../helpers/fixtures.js';
import { DRAWN_LAYOUT } from '../../export/drawn-graph.js';

const app = await appFor(MINI_CORPUS);

describe('GET /api/paths', () => {
  it('should answer paths with evidence on every hop and the resolved query', async () => {
    const res = await request(app)
      .get('/api/paths')
      .query({ from: 'mao', to: 'stalin' })
      .expect(200);
    expect(res.body.query).toMatchObject({
      from: { input: 'mao', id: 'mao-zedong' },
      to: { id: 'joseph-stalin' },
      via: [],
      k: 1,
      maxHops: 6,
      directed: false,
      filters: {},
    });
    const [path] = res.body.paths;
    expect(path.nodes.map((n: { id: string }) => n.id)).toEqual([
      'mao-zedong',
      'nikita-khrushchev',
      'joseph-stalin',
    ]);
    expect(path.length).toBe(2);
    expect(path.narrative).toContain('[2]');
    for (const hop of path.hops) expect(hop.evidence[0].quote).toBeTruthy();
  });

  it('should accept waypoints repeated or comma-separated, and every filter', async () => {
    const repeated = await request(app)
      .get(
        '/api/paths?from=mao&to=china&via=khrushchev&via=soviet&k=2&maxHops=5&directed=0&facts=true&at=1969&relations=denounced&avoidKinds=event,concept',
      )
      .expect(200);
    const commas = await request(app)
      .get(
        '/api/paths?from=mao&to=china&via=khrushchev,soviet&k=2&maxHops=5&directed=false&facts=1&at=1969&relations=denounced&avoidKinds=event&avoidKinds=concept',
      )
      .expect(200);
    expect(repeated.body).toEqual(commas.body);
    expect(repeated.body.query.via.map((v: { id: string }) => v.id)).toEqual([
      'nikita-khrushchev',
      'soviet-union',
    ]);
    expect(repeated.body.query.filters).toEqual({
      at: 1969,
      relations: ['denounced'],
      avoidKinds: ['event', 'concept'],
      facts: true,
    });
  });

  it('should answer 200 with no paths and a reason when nothing connects', async () => {
    const res = await request(app)
      .get('/api/paths')
      .query({ from: 'mao', to: 'jane roe' })
      .expect(200);
    expect(res.body.paths).toEqual([]);
    expect(res.body.reason).toMatch(/^No path connects Mao Zedong and Jane Roe/);
  });

  it('should report the alternatives of an ambiguous name', async () => {
    const res = await request(app)
      .get('/api/paths')
      .query({ from: 'soviet', to: 'mao' })
      .expect(200);
    expect(res.body.query.from.alternatives[0].id).toBe('sino-soviet-split');
  });

  it.each([
    ['from=mao', 'to'],
    ['from=mao&to=', 'to'],
    ['from=mao&to=china&k=0', 'k'],
    ['from=mao&to=china&k=11', 'k'],
    ['from=mao&to=china&k=two', 'k'],
    ['from=mao&to=china&k=1&k=2', 'k'],
    ['from=mao&to=china&maxHops=9', 'maxHops'],
    ['from=mao&to=china&directed=yes', 'directed'],
    ['from=mao&to=china&facts=maybe', 'facts'],
    ['from=mao&to=china&at=', 'at'],
    ['from=mao&to=china&at=1969.5', 'at'],
    ['from=mao&to=china&relations=befriended', 'relations'],
    ['from=mao&to=china&avoidKinds=dragon', 'avoidKinds'],
    ['from=mao&to=china&via=a,b,c,d,e,f', 'via'],
    ['from=mao&to=china&colour=red', 'colour'],
    ['from=mao&to=mao', 'to'],
    ['from[x]=mao&to=china', 'from'],
  ])('should answer 400 naming the parameter for ?%s', async (query, parameter) => {
    const res = await request(app).get(`/api/paths?${query}`).expect(400);
    expectProblem(res, {
      type: '/api/docs#problem-invalid-input',
      title: 'Invalid input',
      status: 400,
      parameter,
    });
    expect(res.body.detail).toContain(parameter);
    expect(JSON.stringify(res.body)).not.toMatch(/at .+\.ts:\d+/);
  });

  it('should answer 404 with suggestions for an unknown entity', async () => {
    const res = await request(app)
      .get('/api/paths')
      .query({ from: 'mao', to: 'joe stallin' })
      .expect(404);
    expectProblem(res, { type: '/api/docs#problem-not-found', status: 404, parameter: 'to' });
    expect(res.body.suggestions[0]).toEqual({ id: 'joseph-stalin', label: 'Joseph Stalin' });
  });

  it('should answer 422 when the query is too expensive', async () => {
    // The same route with a tiny work budget: the search gives up, the server answers.
    const tight = express()
      .use(
        pathRoutes(fixedEssay(await loadEssay(MINI_CORPUS, { layout: DRAWN_LAYOUT })), {
          budget: 1,
        }),
      )
      .use(problemMiddleware);
    const res = await request(tight)
      .get('/api/paths')
      .query({ from: 'mao', to: 'china' })
      .expect(422);
    expectProblem(res, {
      type: '/api/docs#problem-too-expensive',
      title: 'Query too expensive',
      status: 422,
    });
    expect(res.body.detail).toMatch(/too expensive/);
  });
});
