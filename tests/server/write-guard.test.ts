// The gate in front of every write: read-only mode, the edit token, the JSON body and the write rate limit.
import express, { Router, type Express } from 'express';
import request, { type Response } from 'supertest';
import { describe, expect, it } from 'vitest';
import { PROBLEM_TYPES, type ProblemTypeName } from '../../contract/problem.js';
import { problemMiddleware } from '../../server/problem.js';
import { writeGuard, type EditOptions } from '../../server/write-guard.js';
import { expectProblem } from '../helpers/app.js';

const TOKEN = 'k3Wq9-vJ_2xYtB7mRzL0aPcN5sDfGhE4uIoU8nTwXy1';
const ECHO = '/api/echo';
const EDITABLE: EditOptions = { token: TOKEN, readOnly: false };

/** A stand-in for the write routes to come: POST echoes the parsed body, DELETE names what it would delete. */
function echoApp(edit: EditOptions | undefined): Express {
  const guard = writeGuard(edit);
  const routes = Router()
    .get(ECHO, (_req, res) => void res.json({ read: true }))
    .post(ECHO, ...guard, (req, res) => void res.json({ received: req.body as unknown }))
    .delete(`${ECHO}/:slug`, ...guard, (req, res) => void res.json({ deleted: req.params.slug }));
  return express().use(routes).use(problemMiddleware);
}

const post = (app: Express, authorization?: string) => {
  const req = request(app).post(ECHO);
  return authorization === undefined ? req : req.set('Authorization', authorization);
};
const bearer = `Bearer ${TOKEN}`;

/** A problem of the named type, with no trace of the server's insides. */
function expectRefusal(res: Response, name: ProblemTypeName): void {
  const { type, title, status } = PROBLEM_TYPES[name];
  expect(res.status).toBe(status);
  expectProblem(res, { type, title, status });
  expect(res.body).not.toHaveProperty('stack');
  expect(res.text).not.toMatch(/\bat .*\.(ts|js):\d+/);
}

describe('writeGuard: the edit token', () => {
  const app = echoApp(EDITABLE);

  it('should let a write with the right token through, its JSON body parsed', async () => {
    const res = await post(app, bearer).send({ slug: 'essay', text: 'x' }).expect(200);
    expect(res.body).toEqual({ received: { slug: 'essay', text: 'x' } });
    await request(app).delete(`${ECHO}/essay`).set('Authorization', bearer).expect(200);
  });

  it('should take the scheme in any case, as RFC 7235 has it', async () => {
    await post(app, `bearer ${TOKEN}`).send({}).expect(200);
  });

  it('should leave reads alone: they need no token', async () => {
    expect((await request(app).get(ECHO).expect(200)).body).toEqual({ read: true });
  });

  it('should answer 401 with WWW-Authenticate: Bearer without a token', async () => {
    const res = await post(app).send({});
    expectRefusal(res, 'unauthorized');
    expect(res.headers['www-authenticate']).toBe('Bearer');
    expectRefusal(await request(app).delete(`${ECHO}/essay`), 'unauthorized');
  });

  it.each([
    ['a wrong token', 'Bearer not-the-token-at-all'],
    ['a wrong token of the same length', `Bearer ${TOKEN.slice(0, -1)}Z`],
    ['the token with a suffix', `Bearer ${TOKEN}x`],
  ])('should answer 401 invalid_token to %s', async (_case, authorization) => {
    const res = await post(app, authorization).send({});
    expectRefusal(res, 'unauthorized');
    expect(res.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
  });

  it.each([
    ['Basic', `Basic ${Buffer.from(`user:${TOKEN}`).toString('base64')}`],
    ['the bare token', TOKEN],
    ['an empty Bearer', 'Bearer '],
    ['two tokens', `Bearer ${TOKEN} ${TOKEN}`],
  ])('should answer 401 to %s', async (_case, authorization) => {
    const res = await post(app, authorization).send({});
    expectRefusal(res, 'unauthorized');
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
  });

  it('should check the token before reading the body', async () => {
    // Malformed JSON without the token is a 401: a stranger learns nothing about, and costs nothing for, the body.
    const res = await post(app).set('Content-Type', 'application/json').send('{"broken"');
    expectRefusal(res, 'unauthorized');
  });
});

describe('writeGuard: read-only mode', () => {
  it('should answer 403 under READ_ONLY, even with the right token', async () => {
    const app = echoApp({ token: TOKEN, readOnly: true });
    expectRefusal(await post(app, bearer).send({}), 'readOnly');
    expectRefusal(
      await request(app).delete(`${ECHO}/essay`).set('Authorization', bearer),
      'readOnly',
    );
    await request(app).get(ECHO).expect(200);
  });

  it.each([
    ['no token', { token: null, readOnly: false }],
    ['no edit options at all', undefined],
  ])('should refuse every write with %s', async (_case, edit) => {
    expectRefusal(await post(echoApp(edit), bearer).send({}), 'readOnly');
  });
});

describe('writeGuard: the body', () => {
  const app = echoApp(EDITABLE);
  const TWO_MB = 2 * 1024 * 1024;
  /** A JSON object of exactly `bytes` bytes. */
  const bodyOf = (bytes: number) =>
    JSON.stringify({ text: 'x'.repeat(bytes - '{"text":""}'.length) });

  it('should take a body of exactly 2 MB', async () => {
    const body = bodyOf(TWO_MB);
    expect(Buffer.byteLength(body)).toBe(TWO_MB);
    const res = await post(app, bearer).set('Content-Type', 'application/json').send(body);
    expect(res.status).toBe(200);
  });

  it('should answer 413 to a body of 2 MB + 1 byte', async () => {
    const res = await post(app, bearer)
      .set('Content-Type', 'application/json')
      .send(bodyOf(TWO_MB + 1));
    expectRefusal(res, 'payloadTooLarge');
  });

  it.each([
    ['broken JSON', '{"slug": "essay",'],
    ['a bare string (not an object or array)', '"essay"'],
  ])('should answer 400 malformed-json to %s', async (_case, body) => {
    const res = await post(app, bearer).set('Content-Type', 'application/json').send(body);
    expectRefusal(res, 'malformedJson');
  });

  it.each([
    ['text/plain', 'slug=essay'],
    ['application/x-www-form-urlencoded', 'slug=essay'],
    ['multipart/form-data; boundary=x', '--x--'],
  ])('should answer 415 to a %s body rather than drop it', async (type, body) => {
    const res = await post(app, bearer).set('Content-Type', type).send(body);
    expectRefusal(res, 'unsupportedMediaType');
  });

  it('should answer 415 to a JSON body in a charset JSON does not use', async () => {
    const res = await post(app, bearer)
      .set('Content-Type', 'application/json; charset=latin1')
      .send('{}');
    expectRefusal(res, 'unsupportedMediaType');
  });

  it('should let a write with no body through (DELETE)', async () => {
    const res = await request(app).delete(`${ECHO}/essay`).set('Authorization', bearer).expect(200);
    expect(res.body).toEqual({ deleted: 'essay' });
  });
});

describe('writeGuard: the write rate limit', () => {
  it('should answer 429 past the limit, counting refused tokens too', async () => {
    const app = echoApp({
      token: TOKEN,
      readOnly: false,
      writeRateLimit: { limit: 3, windowMs: 60_000 },
    });
    await post(app, bearer).send({}).expect(200);
    await post(app, bearer).send({}).expect(200);
    // A guess counts: the limit bounds how fast a client may try tokens.
    await post(app, 'Bearer a-guess-at-the-token').send({}).expect(401);
    const res = await post(app, bearer).send({});
    expectRefusal(res, 'rateLimited');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.body.detail).toMatch(/3 writes/);
  });

  it('should count every write route of a client together, and no read', async () => {
    const app = echoApp({
      token: TOKEN,
      readOnly: false,
      writeRateLimit: { limit: 1, windowMs: 60_000 },
    });
    for (let i = 0; i < 3; i++) await request(app).get(ECHO).expect(200);
    await post(app, bearer).send({}).expect(200);
    expectRefusal(
      await request(app).delete(`${ECHO}/essay`).set('Authorization', bearer),
      'rateLimited',
    );
  });
});
