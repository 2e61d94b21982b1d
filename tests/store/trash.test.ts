// Trash and restore: one rename each way, named by UTC time, refusing to overwrite a document.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeErrorCode } from './fixtures/store-error-code.js';
import { createDocumentFolder } from '../../store/document-folder.js';
import { listTrash, restoreDocument, trashDocument } from '../../store/trash.js';

const files = { 'essay.txt': 'the essay\n', 'annotations.yaml': 'relations: []\n' };
const now = new Date('2026-12-02T01:30:00.456Z');
let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'store-trash-'));
  await createDocumentFolder(root, 'pier-vote', files);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('trash', () => {
  it('moves a document to the trash and back, whole', async () => {
    const { trashedAs } = await trashDocument(root, 'pier-vote', now);
    expect(trashedAs).toBe('pier-vote-20261202T013000Z');
    expect(await readdir(root)).toEqual(['.trash']);
    expect(await listTrash(root)).toEqual([
      { trashedAs, slug: 'pier-vote', trashedAt: '2026-12-02T01:30:00Z' },
    ]);
    expect(await restoreDocument(root, trashedAs)).toEqual({ slug: 'pier-vote' });
    expect(await readFile(join(root, 'pier-vote', 'essay.txt'), 'utf8')).toBe('the essay\n');
    expect(await listTrash(root)).toEqual([]);
  });

  it('numbers a second trashing of the same slug in the same second, and lists newest first', async () => {
    const first = await trashDocument(root, 'pier-vote', now);
    await createDocumentFolder(root, 'pier-vote', files);
    const second = await trashDocument(root, 'pier-vote', now);
    expect(second.trashedAs).toBe('pier-vote-20261202T013000Z-2');
    await createDocumentFolder(root, 'pier-vote', files);
    const later = await trashDocument(root, 'pier-vote', new Date('2026-12-03T00:00:00Z'));
    expect((await listTrash(root)).map((t) => t.trashedAs)).toEqual([
      later.trashedAs,
      second.trashedAs,
      first.trashedAs,
    ]);
  });

  it('refuses to restore over a document that took the slug since', async () => {
    const { trashedAs } = await trashDocument(root, 'pier-vote', now);
    await createDocumentFolder(root, 'pier-vote', { 'essay.txt': 'newer\n' });
    expect(await storeErrorCode(restoreDocument(root, trashedAs))).toBe('exists');
    expect(await readFile(join(root, 'pier-vote', 'essay.txt'), 'utf8')).toBe('newer\n');
    expect(await listTrash(root)).toHaveLength(1);
  });

  it('says not-found or invalid-name for names that are missing or could reach another path', async () => {
    expect(await storeErrorCode(trashDocument(root, 'missing'))).toBe('not-found');
    expect(await storeErrorCode(restoreDocument(root, 'missing-20261202T013000Z'))).toBe(
      'not-found',
    );
    for (const name of ['../pier-vote', '.', '..', '', 'a/b']) {
      expect(await storeErrorCode(trashDocument(root, name)), name).toBe('invalid-name');
    }
    for (const name of [
      'pier-vote',
      '../x-20261202T013000Z',
      '.trash',
      'x-20261202T013000Z/../..',
    ]) {
      expect(await storeErrorCode(restoreDocument(root, name)), name).toBe('invalid-name');
    }
  });
});
