// An added document changes the served graph at once, though the graph is updated in place (no stale cached view).
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { DRAWN_LAYOUT } from '../../export/drawn-graph.js';
import { createApp } from '../../server/app.js';
import { openCorpusLibrary } from '../../server/corpus-library.js';
import { twoEssaysCopy } from '../helpers/two-essays.js';

const TOKEN = 'test-edit-token-0123456789';

interface WireGraph {
  nodes: { key: string; attributes: { mentions: { doc: string }[] } }[];
}

const mentionedIn = (graph: WireGraph, doc: string) =>
  graph.nodes.filter((n) => n.attributes.mentions.some((m) => m.doc === doc)).map((n) => n.key);

describe('the graph after a write', () => {
  it('should serve the added document’s mentions, with a new ETag', async () => {
    const library = await openCorpusLibrary(twoEssaysCopy(), { layout: DRAWN_LAYOUT });
    const app = createApp({ source: library, library, edit: { token: TOKEN, readOnly: false } });
    const before = await request(app).get('/api/graph').expect(200);
    await request(app)
      .post('/api/documents')
      .set('Authorization', `Bearer ${TOKEN}`)
      .send({ text: 'Stalin and Khrushchev quarrelled in Moscow.', title: 'A quarrel' })
      .expect(201);
    const after = await request(app).get('/api/graph').expect(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(mentionedIn(after.body as WireGraph, 'a-quarrel').sort()).toEqual([
      'joseph-stalin',
      'nikita-khrushchev',
      'soviet-union',
    ]);
  });
});
