import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { loadEssay } from '../../graph/essay.js';
import type { LoadedEssay } from '../../graph/essay.js';
import { createApp } from '../../server/app.js';
import { readConfig } from '../../server/config.js';
import { fixedEssay } from '../../server/essay-source.js';
import { frameAncestors, withFrameAncestors } from '../../server/routes/embed.js';
import { MINI_CORPUS } from '../helpers/fixtures.js';
import { DRAWN_LAYOUT } from '../../export/drawn-graph.js';

let essay: LoadedEssay;
let clientDir: string;
let app: Express;

/** A stand-in for vite's dist/: the two pages, no build needed. */
function fakeClient(): string {
  const dir = mkdtempSync(join(tmpdir(), 'essay-embed-client-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>explorer</title>');
  writeFileSync(join(dir, 'embed.html'), '<!doctype html><title>embed</title>');
  return dir;
}

const appWith = (embedOrigins?: '*' | string[]) =>
  createApp({ source: fixedEssay(essay), clientDir, ...(embedOrigins ? { embedOrigins } : {}) });

beforeAll(async () => {
  essay = await loadEssay(MINI_CORPUS, { layout: DRAWN_LAYOUT });
  clientDir = fakeClient();
  app = appWith();
});

describe('GET /embed', () => {
  it('should serve the embed page, framable by any origin', async () => {
    const res = await request(app).get('/embed').expect(200);
    expect(res.type).toBe('text/html');
    expect(res.text).toContain('<title>embed</title>');
    const csp = res.headers['content-security-policy']!;
    expect(csp).toContain('frame-ancestors *');
    expect(csp).not.toContain("frame-ancestors 'none'");
    expect(res.headers['x-frame-options']).toBeUndefined();
  });

  it('should keep the rest of the policy: no inline scripts, the layout worker allowed', async () => {
    const csp = (await request(app).get('/embed')).headers['content-security-policy']!;
    const scriptSrc = csp.split(';').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp.match(/frame-ancestors/g)).toHaveLength(1);
  });

  it('should narrow framing to EMBED_ORIGINS', async () => {
    const res = await request(appWith(['https://news.example', 'https://*.example.org']))
      .get('/embed')
      .expect(200);
    expect(res.headers['content-security-policy']).toContain(
      'frame-ancestors https://news.example https://*.example.org',
    );
    expect(res.headers['x-frame-options']).toBeUndefined();
  });

  it('should answer a 404 problem when the client is not built', async () => {
    const bare = createApp({
      source: fixedEssay(essay),
      clientDir: mkdtempSync(join(tmpdir(), 'e-')),
    });
    const res = await request(bare).get('/embed').expect(404);
    expect(res.type).toBe('application/problem+json');
  });
});

describe('framing of every other page', () => {
  it.each(['/', '/index.html', '/embed.html', '/api/graph', '/api/export/report.md', '/nowhere'])(
    'should refuse framing of %s',
    async (path) => {
      const res = await request(appWith(['https://news.example'])).get(path);
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    },
  );
});

describe('frame-ancestors', () => {
  it('should replace the directive and keep the others', () => {
    expect(
      withFrameAncestors(
        "default-src 'self';frame-ancestors 'none';img-src data:",
        'frame-ancestors *',
      ),
    ).toBe("default-src 'self';img-src data:;frame-ancestors *");
  });

  it('should refuse an origin that could break out of the header', () => {
    expect(() => frameAncestors(['https://a.example; script-src *'])).toThrow(/EMBED_ORIGINS/);
    expect(() => frameAncestors(['javascript:alert(1)'])).toThrow(/not an origin/);
    expect(() => frameAncestors([])).toThrow(/EMBED_ORIGINS/);
  });
});

describe('EMBED_ORIGINS', () => {
  it('should default to any origin', () => {
    expect(readConfig({}).EMBED_ORIGINS).toBe('*');
  });

  it('should read a comma-separated list', () => {
    expect(
      readConfig({ EMBED_ORIGINS: 'https://a.example, http://localhost:8080' }).EMBED_ORIGINS,
    ).toEqual(['https://a.example', 'http://localhost:8080']);
  });

  it('should refuse something that is not an origin, naming the setting', () => {
    expect(() => readConfig({ EMBED_ORIGINS: "https://a.example 'unsafe-inline'" })).toThrow(
      /EMBED_ORIGINS/,
    );
  });
});
