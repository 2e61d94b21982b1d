// The two-essay fixture corpus (a registry shared by two documents), on disk and as editable text.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CorpusFileSet } from '../../graph/corpus/assemble.js';
import { readCorpusFiles } from '../../graph/corpus/load.js';

export const TWO_ESSAYS = 'tests/fixtures/two-essays';

/** A copy of the fixture in a temporary folder, for tests that write. */
export function twoEssaysCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'two-essays-'));
  cpSync(TWO_ESSAYS, dir, { recursive: true });
  return dir;
}

/** The fixture's files with one of them edited: `file` is `entities.yaml` or `<slug>/<file name>`. */
export async function twoEssaysWith(
  file: string,
  find: string,
  replace: string,
): Promise<CorpusFileSet> {
  const files = await readCorpusFiles(TWO_ESSAYS);
  const all = [files.registry!, ...files.documents.flatMap((d) => [d.essay, d.annotations])];
  const target = all.find((f) => f.name.endsWith(file));
  if (!target || !target.content.includes(find))
    throw new Error(`fixture ${file} has no "${find}"`);
  target.content = target.content.replace(find, replace);
  return files;
}
