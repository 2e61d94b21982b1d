// The versions an annotations file had before each write, kept in `.history/<slug>/` of the corpus: listed, read back.
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { syncFolder, writeSynced } from './atomic-write.js';
import { annotationsVersion } from './annotations-version.js';
import { StoreError } from './errors.js';
import { checkSlug } from './slug.js';

/** A dot-folder of the corpus root: loaders skip it. */
const HISTORY_FOLDER = '.history';
/** The versions kept per document; older ones are removed as new ones come. */
export const HISTORY_LIMIT = 100;
/** `<yyyymmdd>T<hhmmssmmm>Z-<hash>`: sorts by time, and names the bytes it holds. */
const VERSION_NAME = /^(\d{8})T(\d{2})(\d{2})(\d{2})(\d{3})Z-[A-Za-z0-9_-]{1,40}$/;

export interface KeptVersion {
  version: string;
  /** ISO time the version was replaced. */
  savedAt: string;
  /** What replaced it. */
  change: string;
}

function historyFolder(corpusRoot: string, slug: string): string {
  return join(corpusRoot, HISTORY_FOLDER, checkSlug(slug));
}

/** Keeps `text`, the version `change` is about to replace; then drops the oldest beyond HISTORY_LIMIT. */
export async function keepVersion(
  corpusRoot: string,
  slug: string,
  text: string,
  change: string,
  now: Date = new Date(),
): Promise<KeptVersion> {
  const folder = historyFolder(corpusRoot, slug);
  await mkdir(folder, { recursive: true });
  const taken = new Set(await readdir(folder));
  const version = `${stampOf(now)}-${annotationsVersion(text)}`;
  // Two writes in one millisecond of the same bytes: the second keeps nothing new.
  if (taken.has(`${version}.yaml`)) return { version, savedAt: now.toISOString(), change };
  await writeSynced(join(folder, `${version}.json`), JSON.stringify({ change }));
  await writeSynced(join(folder, `${version}.yaml`), text);
  await syncFolder(folder);
  await prune(folder);
  return { version, savedAt: now.toISOString(), change };
}

/** The kept versions of `slug`, newest first; none when it has no history. */
export async function listVersions(corpusRoot: string, slug: string): Promise<KeptVersion[]> {
  const folder = historyFolder(corpusRoot, slug);
  const versions = await versionNames(folder);
  const kept: KeptVersion[] = [];
  for (const version of versions.reverse()) {
    const note = await readFile(join(folder, `${version}.json`), 'utf8').catch(() => '{}');
    kept.push({ version, savedAt: isoOf(version), change: changeOf(note) });
  }
  return kept;
}

/** The text of a kept version; throws `invalid-name` or `not-found`. */
export async function readVersion(
  corpusRoot: string,
  slug: string,
  version: string,
): Promise<string> {
  if (!VERSION_NAME.test(version))
    throw new StoreError('invalid-name', `${JSON.stringify(version)} is not a version's name`);
  const path = join(historyFolder(corpusRoot, slug), `${version}.yaml`);
  return readFile(path, 'utf8').catch(() => {
    throw new StoreError('not-found', `${slug} has no kept version ${version}`);
  });
}

async function versionNames(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT') return [];
    throw error;
  });
  return names
    .filter((n) => n.endsWith('.yaml'))
    .map((n) => n.slice(0, -'.yaml'.length))
    .filter((n) => VERSION_NAME.test(n))
    .sort();
}

async function prune(folder: string): Promise<void> {
  const versions = await versionNames(folder);
  const old = versions.slice(0, Math.max(0, versions.length - HISTORY_LIMIT));
  for (const version of old) {
    await rm(join(folder, `${version}.yaml`), { force: true });
    await rm(join(folder, `${version}.json`), { force: true });
  }
}

function changeOf(note: string): string {
  try {
    const change = (JSON.parse(note) as { change?: unknown }).change;
    return typeof change === 'string' ? change : '';
  } catch {
    return '';
  }
}

/** 2026-12-02T01:30:00.123Z → 20261202T013000123Z */
function stampOf(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

/** 20261202T013000123Z-… → 2026-12-02T01:30:00.123Z */
function isoOf(version: string): string {
  const [, day, h, m, s, ms] = VERSION_NAME.exec(version)!;
  return `${day!.slice(0, 4)}-${day!.slice(4, 6)}-${day!.slice(6)}T${h}:${m}:${s}.${ms}Z`;
}
