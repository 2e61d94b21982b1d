// Durable file writes: a file is replaced whole or not at all, and survives a crash once the call returns.
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/*
 * Hand-written rather than the write-file-atomic package: its current version (8) requires Node 22.22 while this
 * project supports 20.19, and it fsyncs the file but never the folder, so a rename could still be lost in a crash.
 */

/**
 * Writes `content` to a temporary dot-file beside `path`, fsyncs it, renames it over `path` and fsyncs the folder.
 * A crash leaves the old file or the new one, never a mix; at worst a `.<name>.<random>.tmp` file is left beside it.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const folder = dirname(path);
  const temp = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeSynced(temp, content);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

/** Creates `path` (it must not exist), writes `content` as UTF-8 and fsyncs it before closing. */
export async function writeSynced(path: string, content: string): Promise<void> {
  const file = await open(path, 'wx');
  try {
    await file.writeFile(content, 'utf8');
    await file.sync();
  } finally {
    await file.close();
  }
}

/** Fsyncs a folder, so that the names created, renamed or removed in it are on disk. */
export async function syncFolder(path: string): Promise<void> {
  const folder = await open(path, 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}
