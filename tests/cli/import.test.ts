// `npm run import`: a file becomes a document folder the loader reads, or a clear refusal that writes nothing.
import { readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../cli/exit-codes.js';
import { loadCorpus } from '../../graph/corpus/load.js';
import { CLI_BATCH_TIMEOUT_MS, runCli, type CliRun } from '../helpers/cli.js';
import { twoEssaysCopy } from '../helpers/two-essays.js';

const page = join(tmpdir(), `import-cli-${process.pid}.html`);
const text = join(tmpdir(), `import-cli-${process.pid}.md`);
let corpus: string;
let fromHtml: CliRun;
let fromText: CliRun;
let untitled: CliRun;
let missing: CliRun;
beforeAll(async () => {
  corpus = twoEssaysCopy();
  writeFileSync(
    page,
    `<html><body><nav>Menu · Login</nav><article><h1>Khrushchev's thaw</h1><p>${'After 1956 Nikita Khrushchev loosened the grip Joseph Stalin had kept on the Soviet Union. '.repeat(3)}</p></article><footer>Subscribe</footer></body></html>`,
  );
  writeFileSync(text, '# Mao abroad\n\nIn 1957 Mao Zedong flew to Moscow.\n');
  [fromHtml, fromText, untitled, missing] = await Promise.all([
    runCli(
      'import',
      [page, '--title', "Khrushchev's thaw", '--author', 'Di Scholar', '--date', '2001'],
      corpus,
    ),
    runCli('import', [text, '--title', 'Mao abroad'], corpus),
    runCli('import', [text], corpus),
    runCli('import', ['no-such-file.txt', '--title', 'x'], corpus),
  ]);
}, CLI_BATCH_TIMEOUT_MS);

describe('npm run import', () => {
  it('should add a web page as its article and a text file as it is, each a document the corpus loads', async () => {
    expect(fromHtml).toMatchObject({
      code: EXIT_CODES.ok,
      stdout: expect.stringMatching(/^Added khrushchevs-thaw: /),
    });
    expect(fromText.code).toBe(EXIT_CODES.ok);
    const loaded = await loadCorpus(corpus);
    const thaw = loaded.documents.find((d) => d.slug === 'khrushchevs-thaw')!;
    expect(thaw.article.meta).toMatchObject({ author: 'Di Scholar', published: '2001' });
    expect(thaw.article.text).not.toMatch(/Menu|Subscribe/);
    const stalin = loaded.entities.find((e) => e.id === 'joseph-stalin')!;
    expect(stalin.mentions.some((m) => m.doc === 'khrushchevs-thaw')).toBe(true);
  });

  it('should refuse a file without a title, or a file it cannot read, as bad input that writes nothing', () => {
    expect(untitled).toMatchObject({
      code: EXIT_CODES.badInput,
      stderr: expect.stringMatching(/title/),
    });
    expect(missing).toMatchObject({
      code: EXIT_CODES.badInput,
      stderr: 'import: cannot read no-such-file.txt (ENOENT)\n',
    });
    expect(
      readdirSync(corpus)
        .filter((n) => !n.startsWith('.'))
        .sort(),
    ).toEqual([
      'entities.yaml',
      'khrushchevs-thaw',
      'mao-abroad',
      'mao-and-moscow',
      'secret-speech',
    ]);
  });
});
