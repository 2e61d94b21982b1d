// Deleting a document moves its folder to `.trash/<slug>-<UTC time>` in one rename; restoring moves it back.
import { mkdir, readdir, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { syncFolder } from './atomic-write.js';
import { StoreError } from './errors.js';
import { isSlug } from '../graph/document-slug.js';
import { checkSlug } from './slug.js';

/** The trash is a dot-folder of the corpus root: loaders skip it. */
const TRASH_FOLDER = '.trash';
/** `<slug>-<yyyymmdd>T<hhmmss>Z`, with `-2`, `-3`… when the same slug was trashed twice in one second. */
const TRASHED_AS = /^([a-z0-9-]+)-(\d{8}T\d{6}Z)(?:-\d+)?$/;

export interface TrashedDocument {
  trashedAs: string;
  slug: string;
  /** When it was trashed, as ISO 8601 (second precision). */
  trashedAt: string;
}

/** Moves `<corpusRoot>/<slug>` into the trash; throws `invalid-name` or `not-found`. */
export async function trashDocument(
  corpusRoot: string,
  slug: string,
  now: Date = new Date(),
): Promise<{ trashedAs: string }> {
  const source = join(corpusRoot, checkSlug(slug));
  if (!(await isFolder(source))) throw new StoreError('not-found', `no document named ${slug}`);
  const trash = join(corpusRoot, TRASH_FOLDER);
  await mkdir(trash, { recursive: true });
  const taken = new Set(await readdir(trash));
  const stamp = `${slug}-${utcStamp(now)}`;
  let trashedAs = stamp;
  for (let n = 2; taken.has(trashedAs); n++) trashedAs = `${stamp}-${n}`;
  await rename(source, join(trash, trashedAs));
  await syncFolder(trash);
  await syncFolder(corpusRoot);
  return { trashedAs };
}

/** Moves a trashed document back to its slug; throws `invalid-name`, `not-found`, or `exists` if the slug is taken. */
export async function restoreDocument(
  corpusRoot: string,
  trashedAs: string,
): Promise<{ slug: string }> {
  const slug = TRASHED_AS.exec(trashedAs)?.[1];
  if (slug === undefined || !isSlug(slug)) {
    throw new StoreError(
      'invalid-name',
      `${JSON.stringify(trashedAs)} is not a trashed document's name`,
    );
  }
  const trash = join(corpusRoot, TRASH_FOLDER);
  const source = join(trash, trashedAs);
  if (!(await isFolder(source)))
    throw new StoreError('not-found', `no trashed document ${trashedAs}`);
  const target = join(corpusRoot, slug);
  if (await isFolder(target)) {
    throw new StoreError('exists', `a document named ${slug} exists: trash or rename it first`);
  }
  await rename(source, target).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    throw code === 'ENOTEMPTY' || code === 'EEXIST'
      ? new StoreError('exists', `a document named ${slug} exists`)
      : error;
  });
  await syncFolder(corpusRoot);
  await syncFolder(trash);
  return { slug };
}

/** The trashed documents, newest first; an absent trash is an empty one. */
export async function listTrash(corpusRoot: string): Promise<TrashedDocument[]> {
  const names = await readdir(join(corpusRoot, TRASH_FOLDER)).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT') return [];
    throw error;
  });
  const trashed: TrashedDocument[] = [];
  for (const trashedAs of names) {
    const match = TRASHED_AS.exec(trashedAs);
    if (match) trashed.push({ trashedAs, slug: match[1]!, trashedAt: isoOf(match[2]!) });
  }
  return trashed.sort(
    (a, b) => b.trashedAt.localeCompare(a.trashedAt) || b.trashedAs.localeCompare(a.trashedAs),
  );
}

/** 2026-12-02T01:30:00.123Z → 20261202T013000Z */
function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** 20261202T013000Z → 2026-12-02T01:30:00Z */
function isoOf(stamp: string): string {
  return stamp.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z');
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}
