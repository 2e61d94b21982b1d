// Creates a document's folder in the corpus whole or not at all: built under a dot-name, then renamed in one step.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { syncFolder, writeSynced } from './atomic-write.js';
import { StoreError } from './errors.js';
import { checkSlug } from './slug.js';

/** Staging folders are dot-folders, which loaders skip: a half-built document is never read. */
const STAGING_PREFIX = '.staging-';
/** A file name inside a document folder: no path separator, no dot-name, so it cannot leave the folder. */
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Writes `files` (name → text) into `.staging-<slug>-<random>` inside `corpusRoot`, fsyncs each file and the
 * folder, renames it to `<slug>` and fsyncs the corpus root. A kill at any moment leaves either the complete
 * `<slug>` folder or only a staging dot-folder (removed by `removeStaleStaging`). Throws `exists` when `<slug>`
 * is taken (an empty folder that appears there between the check and the rename is replaced: rename(2) allows it),
 * `invalid-name` for a bad slug or file name, and `not-found` when `corpusRoot` does not exist.
 */
export async function createDocumentFolder(
  corpusRoot: string,
  slug: string,
  files: Record<string, string>,
): Promise<void> {
  checkNames(slug, Object.keys(files));
  await checkCorpusRoot(corpusRoot);
  const target = join(corpusRoot, slug);
  if (await exists(target)) throw takenError(slug);
  const staging = join(corpusRoot, `${STAGING_PREFIX}${slug}-${randomBytes(6).toString('hex')}`);
  try {
    await mkdir(staging);
    for (const [name, text] of Object.entries(files)) await writeSynced(join(staging, name), text);
    await syncFolder(staging);
    await rename(staging, target).catch((error: unknown) => {
      throw isTaken(error) ? takenError(slug) : error;
    });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await syncFolder(corpusRoot);
}

/** Deletes the staging folders a killed import left in `corpusRoot`; returns their names. Call it at start-up only. */
export async function removeStaleStaging(corpusRoot: string): Promise<string[]> {
  const entries = await readdir(corpusRoot, { withFileTypes: true }).catch(ignoreMissing);
  const stale = entries
    .filter((e) => e.isDirectory() && e.name.startsWith(STAGING_PREFIX))
    .map((e) => e.name);
  for (const name of stale) await rm(join(corpusRoot, name), { recursive: true, force: true });
  if (stale.length > 0) await syncFolder(corpusRoot);
  return stale;
}

function checkNames(slug: string, fileNames: string[]): void {
  checkSlug(slug);
  const bad = fileNames.find((name) => !FILE_NAME.test(name));
  if (bad !== undefined) {
    throw new StoreError('invalid-name', `${JSON.stringify(bad)} is not a plain file name`);
  }
}

async function checkCorpusRoot(corpusRoot: string): Promise<void> {
  const info = await stat(corpusRoot).catch(() => null);
  if (!info?.isDirectory()) {
    throw new StoreError('not-found', `the corpus folder ${corpusRoot} does not exist`);
  }
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null)) !== null;
}

function isTaken(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOTEMPTY' || code === 'EEXIST';
}

function takenError(slug: string): StoreError {
  return new StoreError('exists', `a document named ${slug} already exists`);
}

function ignoreMissing(error: unknown): never[] {
  if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT') return [];
  throw error;
}
