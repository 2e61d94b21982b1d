// A document folder appears whole or not at all; staging leftovers are dot-folders that start-up removes.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeErrorCode } from './fixtures/store-error-code.js';
import { createDocumentFolder, removeStaleStaging } from '../../store/document-folder.js';

const files = {
  'essay.txt': 'title: T\nauthor: A\npublication: P\n---\nT\n\nBody.\n',
  'annotations.yaml': 'relations: []\n',
};
let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'store-folder-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('createDocumentFolder', () => {
  it('creates the folder with every file, and nothing else in the corpus root', async () => {
    await createDocumentFolder(root, 'pier-vote', files);
    expect(await readdir(root)).toEqual(['pier-vote']);
    expect((await readdir(join(root, 'pier-vote'))).sort()).toEqual([
      'annotations.yaml',
      'essay.txt',
    ]);
    expect(await readFile(join(root, 'pier-vote', 'essay.txt'), 'utf8')).toBe(files['essay.txt']);
  });

  it('refuses a slug that is taken, leaving the existing folder as it was', async () => {
    await createDocumentFolder(root, 'pier-vote', files);
    expect(
      await storeErrorCode(createDocumentFolder(root, 'pier-vote', { 'essay.txt': 'other' })),
    ).toBe('exists');
    expect(await readFile(join(root, 'pier-vote', 'essay.txt'), 'utf8')).toBe(files['essay.txt']);
    expect(await readdir(root)).toEqual(['pier-vote']);
  });

  it('leaves no document folder and no staging folder when a write fails mid-way', async () => {
    // The second file's name is longer than the file system allows: its write fails after the first one's.
    const failing = { 'essay.txt': 'complete', ['x'.repeat(300)]: 'never written' };
    await expect(createDocumentFolder(root, 'pier-vote', failing)).rejects.toThrow(/ENAMETOOLONG/);
    expect(await readdir(root)).toEqual([]);
  });

  it('refuses names that could reach outside the corpus root', async () => {
    for (const slug of ['../x', 'a/b', '.', '..', '', '.trash', 'x'.repeat(81)]) {
      expect(await storeErrorCode(createDocumentFolder(root, slug, files)), slug).toBe(
        'invalid-name',
      );
    }
    for (const name of ['../essay.txt', 'a/b', '.hidden', '..', '']) {
      expect(await storeErrorCode(createDocumentFolder(root, 'ok', { [name]: 'x' })), name).toBe(
        'invalid-name',
      );
    }
    expect(await readdir(root)).toEqual([]);
  });

  it('says not-found when the corpus root does not exist', async () => {
    expect(await storeErrorCode(createDocumentFolder(join(root, 'missing'), 'ok', files))).toBe(
      'not-found',
    );
  });
});

describe('removeStaleStaging', () => {
  it('removes staging dot-folders and nothing else', async () => {
    await createDocumentFolder(root, 'kept', files);
    await mkdir(join(root, '.staging-pier-vote-0a1b2c'));
    await writeFile(join(root, '.staging-pier-vote-0a1b2c', 'essay.txt'), 'half');
    await mkdir(join(root, '.trash'));
    expect(await removeStaleStaging(root)).toEqual(['.staging-pier-vote-0a1b2c']);
    expect((await readdir(root)).sort()).toEqual(['.trash', 'kept']);
    expect(await removeStaleStaging(join(root, 'missing'))).toEqual([]);
  });
});
