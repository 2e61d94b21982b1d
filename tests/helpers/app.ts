// Builds the Express app over a corpus for API tests (supertest drives it; nothing listens).
import type { Express } from 'express';
import { loadEssay } from '../../graph/essay.js';
import { createApp } from '../../server/app.js';
import { fixedEssay } from '../../server/essay-source.js';
import { DRAWN_LAYOUT } from '../../export/drawn-graph.js';

export async function appFor(corpusDir: string): Promise<Express> {
  return createApp({ source: fixedEssay(await loadEssay(corpusDir, { layout: DRAWN_LAYOUT })) });
}
