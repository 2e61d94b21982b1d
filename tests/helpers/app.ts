// Builds the Express app over a corpus for API tests (supertest drives it; nothing listens).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Express } from 'express';
import type { Response } from 'supertest';
import { expect } from 'vitest';
import { loadEssay } from '../../graph/essay.js';
import { createApp } from '../../server/app.js';
import { openCorpusLibrary } from '../../server/corpus-library.js';
import { fixedEssay } from '../../server/essay-source.js';
import { DRAWN_LAYOUT } from '../../export/drawn-graph.js';

export async function appFor(corpusDir: string): Promise<Express> {
  return createApp({ source: fixedEssay(await loadEssay(corpusDir, { layout: DRAWN_LAYOUT })) });
}

/** The app over `corpusDir` serving a fresh client folder that holds `files` (path → content). */
export async function appWithClient(
  corpusDir: string,
  files: Record<string, string>,
): Promise<Express> {
  const clientDir = mkdtempSync(join(tmpdir(), 'client-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(clientDir, path)), { recursive: true });
    writeFileSync(join(clientDir, path), content);
  }
  return createApp({
    source: fixedEssay(await loadEssay(corpusDir, { layout: DRAWN_LAYOUT })),
    clientDir,
  });
}

const PROBLEM = /^application\/problem\+json/;

/** Asserts that `res` is a problem document whose body holds at least `fields`. */
export function expectProblem(res: Response, fields: Record<string, unknown>): void {
  expect(res.headers['content-type']).toMatch(PROBLEM);
  expect(res.body).toMatchObject(fields);
}

/** The token the writing apps of tests accept. */
export const TEST_EDIT_TOKEN = 'test-edit-token-0123456789abcdef';
export const AUTHORIZED = { Authorization: `Bearer ${TEST_EDIT_TOKEN}` };

/** The app over a corpus folder it may write to, with the test edit token, and the library it writes through. */
export async function writingAppFor(corpusDir: string) {
  const library = await openCorpusLibrary(corpusDir, { layout: DRAWN_LAYOUT });
  const app = createApp({
    source: library,
    library,
    edit: { token: TEST_EDIT_TOKEN, readOnly: false },
  });
  return { app, library };
}
