// The real server process with a corpus folder: imports survive kill -9, and edits reload one document at a time.
import { once } from 'node:events';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_EDIT_TOKEN } from '../helpers/app.js';
import { logOf, startServer } from '../helpers/server-process.js';
import { twoEssaysCopy } from '../helpers/two-essays.js';

async function serve(dir: string, env: Record<string, string> = {}) {
  const child = startServer({ CORPUS_DIR: dir, EDIT_TOKEN: TEST_EDIT_TOKEN, ...env });
  const log = logOf(child);
  const port = Number((await log.waitFor(/"port":(\d+)/))[1]);
  const api = (path: string, init?: RequestInit) => fetch(`http://127.0.0.1:${port}${path}`, init);
  return { child, log, api };
}

/** A long document, so that a kill lands while it is being written as often as not. */
const LONG_TEXT = Array.from(
  { length: 3000 },
  (_, i) => `Paragraph ${i}: mao zedong wrote to stalin.`,
).join('\n\n');

function post(api: (path: string, init?: RequestInit) => Promise<Response>, n: number) {
  return api('/api/documents', {
    method: 'POST',
    headers: { Authorization: `Bearer ${TEST_EDIT_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: `Letters ${n}`, text: LONG_TEXT }),
  });
}

describe('kill -9 during imports', () => {
  it('should leave, after a restart, each document whole or not at all, and always a corpus that loads', async () => {
    const dir = twoEssaysCopy();
    for (let round = 0; round < 3; round++) {
      const { child, api } = await serve(dir);
      const exited = once(child, 'exit');
      const posts = [0, 1, 2, 3, 4, 5].map((n) => post(api, round * 10 + n).catch(() => null));
      // Killed at different moments: once an import is done (others under way), then at two moments of the writes.
      if (round === 0) void posts[0]!.then(() => child.kill('SIGKILL'));
      else setTimeout(() => child.kill('SIGKILL'), 60 + round * 150);
      await exited;
      await Promise.all(posts);
    }
    const { child, api } = await serve(dir);
    const { documents } = (await (await api('/api/documents')).json()) as {
      documents: { slug: string }[];
    };
    const folders = readdirSync(dir).filter(
      (name) => !name.startsWith('.') && name !== 'entities.yaml',
    );
    expect(documents.map((d) => d.slug).sort()).toEqual(folders.sort());
    expect(readdirSync(dir).filter((name) => name.startsWith('.staging'))).toEqual([]);
    const imported = folders.filter((s) => s.startsWith('letters'));
    expect(imported.length).toBeGreaterThan(0);
    for (const slug of imported)
      expect(readFileSync(join(dir, slug, 'essay.txt'), 'utf8')).toContain(
        'Paragraph 2999: mao zedong wrote to stalin.',
      );
    child.kill('SIGTERM');
    await once(child, 'exit');
    // Four server starts (tsx compiling each) and eighteen long imports: 9 s alone, several times that beside the
    // lint, the type-check and a browser test on two cores.
  }, 120_000);
});

describe('editing a document by hand', () => {
  it('should reload that document alone on SIGHUP, keeping its last good version when the edit is broken', async () => {
    const dir = twoEssaysCopy();
    const yaml = join(dir, 'mao-and-moscow/annotations.yaml');
    const good = readFileSync(yaml, 'utf8');
    const { child, log, api } = await serve(dir);
    const edges = async () =>
      ((await (await api('/api/health')).json()) as { edges: number }).edges;

    writeFileSync(yaml, good.replace('relation: admired', 'relation: adored'));
    child.kill('SIGHUP');
    await log.waitFor(/unknown relation type `adored`.*corpus reload failed/);
    expect(await edges()).toBe(5);

    writeFileSync(
      yaml,
      `${good}  - { source: mao-zedong, relation: denounced, target: nikita-khrushchev, evidence: ['in 1956 he saw a revisionist in khrushchev'] }\n`,
    );
    child.kill('SIGHUP');
    await log.waitFor(/"edges":6,"documents":\["mao-and-moscow"\].*corpus reloaded/);
    child.kill('SIGTERM');
    await once(child, 'exit');
  });

  it('should reload an edited document by itself with WATCH_CORPUS=1', async () => {
    const dir = twoEssaysCopy();
    const { child, log } = await serve(dir, { WATCH_CORPUS: '1' });
    const essay = join(dir, 'secret-speech/essay.txt');
    writeFileSync(
      essay,
      readFileSync(essay, 'utf8').replace('ann example writes', 'ann example, who met mao, writes'),
    );
    await log.waitFor(/"documents":\["secret-speech"\].*corpus reloaded/);
    child.kill('SIGTERM');
    await once(child, 'exit');
  });
});
