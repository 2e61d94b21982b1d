import request from 'supertest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { PROBLEM_TYPE_LIST } from '../../contract/problem.js';
import { appFor, writingAppFor } from '../helpers/app.js';
import { MINI_CORPUS } from '../helpers/fixtures.js';
import { twoEssaysCopy } from '../helpers/two-essays.js';

const app = await appFor(MINI_CORPUS);
/** The app over a corpus it may write to: it serves the write and review routes too. */
const { app: writingApp } = await writingAppFor(twoEssaysCopy());

const ROUTES = [
  '/api/health',
  '/api/graph',
  '/api/entities',
  '/api/entities/{id}',
  '/api/neighbors/{id}',
  '/api/paths',
  '/api/query',
  '/api/article',
  '/api/export/{name}',
  '/api/openapi.json',
  '/api/docs',
];

interface Layer {
  route?: { path: string };
  handle?: { stack?: Layer[] };
}

/** Paths of the GET routes under /api registered on the app, read from Express's router. */
function servedApiRoutes(express: Express): string[] {
  const walk = (stack: Layer[]): string[] =>
    stack.flatMap((layer) =>
      layer.route ? [layer.route.path] : layer.handle?.stack ? walk(layer.handle.stack) : [],
    );
  const router = (express as unknown as { router: { stack: Layer[] } }).router;
  return walk(router.stack).filter((p) => p.startsWith('/api/') && !p.startsWith('/api/dev/'));
}

interface Parameter {
  name: string;
  in: string;
  required: boolean;
  schema: Record<string, unknown>;
}

describe('GET /api/openapi.json', () => {
  it('should be a valid OpenAPI 3.1 document', async () => {
    const res = await request(app).get('/api/openapi.json').expect(200);
    expect(res.body.openapi).toMatch(/^3\.1\.\d+$/);
    const result = await new Validator().validate(res.body);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('should describe every route, every parameter with a schema', async () => {
    const { body } = await request(app).get('/api/openapi.json').expect(200);
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(ROUTES));
    for (const path of ROUTES) {
      const parameters: Parameter[] = body.paths[path].get.parameters;
      for (const p of parameters) expect(Object.keys(p.schema).length).toBeGreaterThan(0);
      for (const name of path.match(/\{(\w+)\}/g) ?? [])
        expect(parameters).toContainEqual(
          expect.objectContaining({ name: name.slice(1, -1), in: 'path', required: true }),
        );
    }
  });

  it('should document every API route the app serves', async () => {
    const { body } = await request(app).get('/api/openapi.json').expect(200);
    const documented = Object.keys(body.paths).map((p) => p.replace(/\{(\w+)\}/g, ':$1'));
    expect(documented.sort()).toEqual([...new Set(servedApiRoutes(writingApp))].sort());
  });

  it('should take its parameters from the zod schemas that validate the requests', async () => {
    const { body } = await request(app).get('/api/openapi.json').expect(200);
    const params: Parameter[] = body.paths['/api/paths'].get.parameters;
    expect(params.map((p) => p.name)).toEqual([
      'from',
      'to',
      'via',
      'k',
      'maxHops',
      'directed',
      'relations',
      'avoidKinds',
      'facts',
      'modalities',
      'at',
      'doc',
    ]);
    expect(params.find((p) => p.name === 'k')).toMatchObject({
      required: false,
      schema: { type: 'integer', minimum: 1, maximum: 10 },
    });
    expect(params.find((p) => p.name === 'from')!.required).toBe(true);
    expect(body.paths['/api/paths'].get.responses).toHaveProperty('422');
  });
});

describe('GET /api/openapi.json: writes', () => {
  it('should describe the refusals of writes and the edit token, for write routes to refer to', async () => {
    const { body } = await request(app).get('/api/openapi.json').expect(200);
    expect(Object.keys(body.components.responses)).toEqual(
      expect.arrayContaining([
        'Unauthorized',
        'ReadOnly',
        'PayloadTooLarge',
        'UnsupportedMediaType',
      ]),
    );
    expect(body.components.securitySchemes.editToken).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
  });
});

describe('GET /api/docs', () => {
  it('should render the document as HTML with the problem anchors and no script', async () => {
    const res = await request(app).get('/api/docs').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    for (const anchor of ['problem-invalid-input', 'problem-not-found', 'problem-too-expensive'])
      expect(res.text).toContain(`id="${anchor}"`);
    for (const route of ['/api/paths', '/api/query', '/api/neighbors/{id}'])
      expect(res.text).toContain(route);
    expect(res.text).not.toMatch(/<script/i);
  });

  it.each(PROBLEM_TYPE_LIST.map((p) => [p.type, p]))(
    'should have a heading for the problem type %s',
    async (_type, problem) => {
      const [page, anchor] = problem.type.split('#');
      const res = await request(app).get(page!).expect(200);
      // The anchor names the section whose first child is the type's heading.
      expect(res.text).toMatch(new RegExp(`id="${anchor}"><h\\d>${problem.title} \\(`));
    },
  );

  it('should link problem types to anchors that exist on the page', async () => {
    const problem = await request(app).get('/api/paths?from=mao').expect(400);
    const page = await request(app).get('/api/docs').expect(200);
    const anchor = String(problem.body.type).split('#')[1];
    expect(page.text).toContain(`id="${anchor}"`);
  });
});
