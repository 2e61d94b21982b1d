// The real server process: fails fast on a broken corpus, serves, drains and exits cleanly on SIGTERM.

import { once } from 'node:events';
import { mkdtempSync, cpSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ESSAY_CORPUS, MINI_CORPUS } from '../helpers/fixtures.js';
import { listeningPort, logOf, output, startServer } from '../helpers/server-process.js';

describe('server/main.ts', () => {
  it('should fail fast on a broken corpus, naming the file, line and fix', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'broken-corpus-'));
    cpSync(MINI_CORPUS, dir, { recursive: true });
    const yaml = join(dir, 'annotations.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('id: china', 'id: mao-zedong'));
    const { code, stderr } = await output(startServer({ CORPUS_DIR: dir }));
    expect(code).not.toBe(0);
    expect(stderr).toMatch(
      /annotations\.yaml:28: duplicate entity id `mao-zedong`, also declared at .*annotations\.yaml:18 — give each entity its own id/,
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

  it('should keep the last good graph on a broken reload, and swap in a good one on SIGHUP', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reload-corpus-'));
    cpSync(MINI_CORPUS, dir, { recursive: true });
    const yaml = join(dir, 'annotations.yaml');
    const good = readFileSync(yaml, 'utf8');
    const child = startServer({ CORPUS_DIR: dir });
    const log = logOf(child);
    const port = Number((await log.waitFor(/"port":(\d+)/))[1]);
    const health = async () => (await fetch(`http://127.0.0.1:${port}/api/health`)).json();

    writeFileSync(yaml, good.replace('id: china', 'id: mao-zedong'));
    child.kill('SIGHUP');
    await log.waitFor(/duplicate entity id `mao-zedong`.*corpus reload failed/);
    expect(await health()).toEqual({ status: 'ok', nodes: 8, edges: 6 });

    writeFileSync(
      yaml,
      good.replace(
        'relations:\n',
        'relations:\n  - { source: mao-zedong, relation: denounced, target: china, evidence: [mao zedong admired stalin] }\n',
      ),
    );
    child.kill('SIGHUP');
    await log.waitFor(/"edges":7.*corpus reloaded/);
    expect(await health()).toEqual({ status: 'ok', nodes: 8, edges: 7 });
    child.kill('SIGTERM');
    await once(child, 'exit');
  });
});

describe('server/main.ts signals', () => {
  it('should survive a SIGHUP while it is still loading the corpus, and reload once started', async () => {
    const child = startServer({ CORPUS_DIR: ESSAY_CORPUS });
    const log = logOf(child);
    let exited = false;
    child.on('exit', () => (exited = true));
    await log.waitFor(/loading the corpus/);
    child.kill('SIGHUP');
    const port = Number((await log.waitFor(/"port":(\d+)/))[1]);
    await log.waitFor(/corpus reloaded/);
    const res = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect((await res.json()).status).toBe('ok');
    expect(exited).toBe(false);
    const done = once(child, 'exit');
    child.kill('SIGTERM');
    expect((await done)[0]).toBe(0);
  });

  it('should exit promptly and cleanly on SIGTERM despite a half-sent request', async () => {
    const child = startServer({ CORPUS_DIR: MINI_CORPUS });
    const port = await listeningPort(child);
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => {});
    await once(socket, 'connect');
    socket.write('GET /api/health HTTP/1.1\r\nHost: x\r\n');
    // The server has read the start of the request before it is asked to stop.
    await new Promise((r) => setTimeout(r, 200));
    const started = Date.now();
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('server/main.ts edit token', () => {
  /** Starts the server, waits until it listens, stops it; returns all it printed. */
  async function printedAtStart(env: Record<string, string | undefined>) {
    const child = startServer({ CORPUS_DIR: MINI_CORPUS, ...env });
    const done = output(child);
    await listeningPort(child);
    // The edit link follows the start-up line in the same tick; give stderr a moment to arrive.
    await new Promise((r) => setTimeout(r, 200));
    child.kill('SIGTERM');
    return done;
  }

  it('should print an edit link once when EDIT_TOKEN is unset, and on stderr only', async () => {
    const { stdout, stderr } = await printedAtStart({});
    const links = [
      ...stderr.matchAll(/Edit link: (http:\/\/127\.0\.0\.1:\d+)\/#token=([A-Za-z0-9_-]+)/g),
    ];
    expect(links).toHaveLength(1);
    const token = links[0]![2]!;
    expect(token).toHaveLength(43);
    // The JSON log may be shipped elsewhere: it says a token was made, never which.
    expect(stdout).not.toContain(token);
    expect(stdout).toMatch(/"editToken":"generated"/);
    expect(stderr.split(token)).toHaveLength(2);
  });

  it('should print no token when EDIT_TOKEN is set', async () => {
    const token = 'a-secret-given-by-the-operator-0123';
    const { stdout, stderr } = await printedAtStart({ EDIT_TOKEN: token });
    expect(stdout + stderr).not.toContain(token);
    expect(stderr).not.toMatch(/Edit link/);
    expect(stdout).toMatch(/"editToken":"EDIT_TOKEN"/);
  });

  it('should make and print no token when READ_ONLY=1', async () => {
    const { stdout, stderr } = await printedAtStart({ READ_ONLY: '1' });
    expect(stdout + stderr).not.toMatch(/token=/);
    expect(stdout).toMatch(/"readOnly":true/);
  });
});
