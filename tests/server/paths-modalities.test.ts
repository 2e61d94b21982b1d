import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { appFor } from '../helpers/app.js';
import { ESSAY_CORPUS } from '../helpers/fixtures.js';

const app = await appFor(ESSAY_CORPUS);

describe('GET /api/paths?modalities=', () => {
  it('should route only through relations of the modalities kept, and echo them', async () => {
    const res = await request(app)
      .get('/api/paths?from=mao&to=trump&k=5&modalities=fact,claim')
      .expect(200);
    expect(res.body.query.filters).toEqual({ modalities: ['fact', 'claim'] });
    expect(res.body.paths.length).toBeGreaterThan(0);
    for (const path of res.body.paths)
      for (const hop of path.hops) expect(['fact', 'claim']).toContain(hop.modality);
  });

  it('should answer a problem document naming the parameter for an unknown modality', async () => {
    const res = await request(app)
      .get('/api/paths?from=mao&to=trump&modalities=rumour')
      .expect(400)
      .expect('content-type', /^application\/problem\+json/);
    expect(res.body.parameter).toBe('modalities');
  });
});
