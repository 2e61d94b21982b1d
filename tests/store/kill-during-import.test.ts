// A real process creating documents is killed with SIGKILL at random moments: every document folder left is complete.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEssayFile } from '../../graph/corpus/essay-file.js';
import { removeStaleStaging } from '../../store/document-folder.js';
import { generatedDocument } from './fixtures/generated-document.js';

const LOOP = fileURLToPath(new URL('fixtures/import-loop.ts', import.meta.url));
const REPO = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = 5;

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'store-kill-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Starts the loop for `run`, waits for "ready", lets it write for `ms` milliseconds, then SIGKILLs it. */
async function killAfter(run: number, ms: number): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', LOOP, root, String(run)], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit');
  await once(child.stdout, 'data');
  await new Promise((resolve) => setTimeout(resolve, ms));
  child.kill('SIGKILL');
  const [code, signal] = (await exited) as [number | null, NodeJS.Signals | null];
  expect({ code, signal }, 'the loop ran until killed').toEqual({ code: null, signal: 'SIGKILL' });
}

/** Checks every document folder in the root against what the loop wrote; returns how many there are. */
async function checkDocuments(): Promise<number> {
  const folders = (await readdir(root, { withFileTypes: true })).filter(
    (e) => e.isDirectory() && !e.name.startsWith('.'),
  );
  for (const { name } of folders) {
    const [, run, index] = /^doc-(\d+)-(\d+)$/.exec(name) ?? [];
    const expected = generatedDocument(Number(run), Number(index));
    const folder = join(root, name);
    expect((await readdir(folder)).sort(), name).toEqual(['annotations.yaml', 'essay.txt']);
    const essay = await readFile(join(folder, 'essay.txt'), 'utf8');
    expect(essay === expected.files['essay.txt'], `${name}/essay.txt is complete`).toBe(true);
    expect(parseEssayFile(essay, `${name}/essay.txt`).meta.publication).toBe('Kill Test');
    const annotations = await readFile(join(folder, 'annotations.yaml'), 'utf8');
    expect(annotations, name).toBe(expected.files['annotations.yaml']);
  }
  return folders.length;
}

describe('a kill -9 during imports', () => {
  it('leaves only complete document folders and staging dot-folders', async () => {
    const delays: number[] = [];
    let documents = 0;
    for (let run = 0; run < RUNS; run++) {
      const ms = 20 + Math.floor(Math.random() * 181);
      delays.push(ms);
      await killAfter(run, ms);
      documents = await checkDocuments();
    }
    expect(
      documents,
      `documents created in runs killed after ${delays.join(', ')} ms`,
    ).toBeGreaterThan(0);
    const left = (await readdir(root)).filter((name) => name.startsWith('.'));
    expect(left.every((name) => name.startsWith('.staging-'))).toBe(true);
    expect((await removeStaleStaging(root)).sort()).toEqual(left.sort());
    expect(await checkDocuments()).toBe(documents);
  });
});
