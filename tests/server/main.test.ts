// The real server process: fails fast on a broken corpus, serves, drains and exits cleanly on SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, cpSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI_CORPUS } from '../helpers/fixtures.js';

const TSX = 'node_modules/.bin/tsx';

function startServer(env: Record<string, string>): ChildProcess {
  return spawn(TSX, ['server/main.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function output(
  child: ChildProcess,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const [code] = await once(child, 'exit');
  return { code, stdout, stderr };
}

/** Waits for the start-up log line and returns the port it listens on. */
async function listeningPort(child: ChildProcess): Promise<number> {
  let seen = '';
  for await (const chunk of child.stdout!) {
    seen += chunk;
    const address = /"port":(\d+)/.exec(seen);
    if (address) return Number(address[1]);
  }
  throw new Error(`server exited before listening: ${seen}`);
}

describe('server/main.ts', () => {
  it('should fail fast on a broken corpus, naming the file, line and fix', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'broken-corpus-'));
    cpSync(MINI_CORPUS, dir, { recursive: true });
    const yaml = join(dir, 'annotations.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('id: china', 'id: mao-zedong'));
    const { code, stderr } = await output(startServer({ CORPUS_DIR: dir }));
    expect(code).not.toBe(0);
    expect(stderr).toMatch(
      /annotations\.yaml:28: duplicate entity id `mao-zedong` — give each entity its own id/,
    );
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('should reject an invalid PORT', async () => {
    const { code, stderr } = await output(startServer({ CORPUS_DIR: MINI_CORPUS, PORT: 'eighty' }));
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/PORT/);
  });

  it('should serve, then exit cleanly on SIGTERM', async () => {
    const child = startServer({ CORPUS_DIR: MINI_CORPUS });
    const port = await listeningPort(child);
    const res = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(await res.json()).toEqual({ status: 'ok', nodes: 8, edges: 6 });
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
  });
});
