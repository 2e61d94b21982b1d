// Adding a document to a running server (POST /api/documents): time until it is served, and the server's longest event-loop delay meanwhile.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoopDelay } from './loop-monitor.js';
import { listeningPortOf } from './server-log.js';
import { progress } from './stats.js';

export interface AddDocumentResult {
  corpusDir: string;
  /** Server start to listening, ms (the cold load, in the real server). */
  startMs: number;
  adds: { postMs: number; servedMs: number; loop: LoopDelay }[];
}

const TOKEN = 'bench-edit-token-0123456789abcdef';
const MONITOR = fileURLToPath(new URL('./loop-monitor.ts', import.meta.url));

/** The real server (`npm start`'s process) over a copy of `corpusDir`, with the loop monitor preloaded. */
function startServer(dir: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', '--import', MONITOR, 'server/main.ts'], {
    env: {
      ...process.env,
      CORPUS_DIR: dir,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      EDIT_TOKEN: TOKEN,
      READ_ONLY: '0',
      RATE_LIMIT: '0',
      WRITE_RATE_LIMIT: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
}

function ask(child: ChildProcess, type: string, reply: string): Promise<unknown> {
  return new Promise((resolve) => {
    const on = (message: { type?: string }) => {
      if (message.type !== reply) return;
      child.off('message', on);
      resolve(message);
    };
    child.on('message', on);
    child.send({ type });
  });
}

/** A short essay in plain text: a few paragraphs, new each time. */
function essayText(n: number): string {
  const paragraph = `a benchmark paragraph number ${n}, about nothing in particular, long enough to be a paragraph of an essay.`;
  return Array.from({ length: 12 }, (_, i) => `${paragraph} part ${i + 1}.`).join('\n\n');
}

async function addOne(child: ChildProcess, base: string, n: number) {
  await ask(child, 'loop-start', 'loop-started');
  const t0 = performance.now();
  const response = await fetch(`${base}/api/documents`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      title: `Benchmark essay ${n}`,
      author: 'Bench Mark',
      text: essayText(n),
    }),
  });
  const postMs = performance.now() - t0;
  if (response.status !== 201)
    throw new Error(`bench: POST answered ${response.status}: ${await response.text()}`);
  const slug = ((await response.json()) as { slug: string }).slug;
  const served = await fetch(`${base}/api/documents/${slug}`);
  const servedMs = performance.now() - t0;
  if (served.status !== 200) throw new Error(`bench: the new document answered ${served.status}`);
  const loop = (await ask(child, 'loop-stop', 'loop-delay')) as LoopDelay;
  return { postMs, servedMs, loop };
}

export async function benchAddDocument(
  corpusDir: string,
  adds: number,
): Promise<AddDocumentResult> {
  const copy = mkdtempSync(join(tmpdir(), 'essay-graph-add-'));
  cpSync(corpusDir, copy, { recursive: true });
  const child = startServer(copy);
  try {
    progress(`add-document: starting the server over a copy of ${corpusDir}`);
    const t0 = performance.now();
    const port = await listeningPortOf(child, 120_000);
    const startMs = performance.now() - t0;
    const base = `http://127.0.0.1:${port}`;
    const results = [];
    for (let n = 1; n <= adds; n++) results.push(await addOne(child, base, n));
    return { corpusDir, startMs, adds: results };
  } finally {
    child.kill();
    rmSync(copy, { recursive: true, force: true });
  }
}
