// writeFileAtomic replaces a file whole and leaves no temporary file behind, on success or failure.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../store/atomic-write.js';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'store-atomic-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('creates a file, then replaces it, with nothing else left in the folder', async () => {
    const path = join(folder, 'annotations.yaml');
    await writeFileAtomic(path, 'relations: []\n');
    await writeFile(join(folder, 'other'), 'x');
    await writeFileAtomic(path, 'relations:\n  - a\n');
    expect(await readFile(path, 'utf8')).toBe('relations:\n  - a\n');
    expect((await readdir(folder)).sort()).toEqual(['annotations.yaml', 'other']);
  });

  it('leaves the old file and no temporary file when the rename fails', async () => {
    const path = join(folder, 'annotations.yaml');
    await writeFileAtomic(path, 'old\n');
    // A folder in the way of the target: the rename fails after the temporary file was written beside it.
    await mkdir(join(folder, 'in-the-way'));
    await expect(writeFileAtomic(join(folder, 'in-the-way'), 'new\n')).rejects.toThrow(/EISDIR/);
    await expect(writeFileAtomic(join(folder, 'missing', 'x'), 'new\n')).rejects.toThrow(/ENOENT/);
    expect(await readFile(path, 'utf8')).toBe('old\n');
    expect((await readdir(folder)).sort()).toEqual(['annotations.yaml', 'in-the-way']);
  });
});
