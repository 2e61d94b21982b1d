// Shared test helpers: paths of the corpora and in-memory copies of the mini fixture for fault tests.
import { readFileSync } from 'node:fs';
import type { CorpusFiles } from '../../graph/corpus/assemble.js';

export const MINI_CORPUS = 'tests/fixtures/mini';
export const ESSAY_CORPUS = 'corpus/zivo-russia-china';
/** SHA-256 of the essay page exactly as it was received (the seed file), before any header was put above it. */
export const ESSAY_RECEIVED_SHA256 =
  'a8e6717dec872025ed416cda2dc3e57e5168e32ba9c4151a6c2ee1a247382373';

/** The essay page as the corpus keeps it (below the header's `---`). */
export function essayPage(): string {
  const content = readFileSync(`${ESSAY_CORPUS}/essay.txt`, 'utf8');
  return content.slice(content.indexOf('\n---\n') + '\n---\n'.length);
}

export function miniFiles(): CorpusFiles {
  return {
    essay: { name: 'essay.txt', content: readFileSync(`${MINI_CORPUS}/essay.txt`, 'utf8') },
    annotations: {
      name: 'annotations.yaml',
      content: readFileSync(`${MINI_CORPUS}/annotations.yaml`, 'utf8'),
    },
  };
}

/** The mini fixture with its annotations edited by `edit` (a plain text replacement). */
export function miniWith(find: string, replace: string): CorpusFiles {
  const files = miniFiles();
  if (!files.annotations.content.includes(find)) throw new Error(`fixture has no "${find}"`);
  files.annotations.content = files.annotations.content.replace(find, replace);
  return files;
}
