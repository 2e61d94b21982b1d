// A document's annotations.yaml on disk: read with its version, and replaced whole, its previous version kept first.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ANNOTATIONS_FILE } from '../graph/corpus/load.js';
import { writeFileAtomic } from './atomic-write.js';
import { keepVersion } from './annotations-history.js';
import { annotationsVersion } from './annotations-version.js';
import { StoreError } from './errors.js';
import { checkSlug } from './slug.js';

export interface AnnotationsFile {
  path: string;
  text: string;
  version: string;
}

function annotationsPath(corpusRoot: string, slug: string): string {
  return join(corpusRoot, checkSlug(slug), ANNOTATIONS_FILE);
}

/** The file as it is on disk now (a hand edit included); throws `not-found`. */
export async function readAnnotationsFile(
  corpusRoot: string,
  slug: string,
): Promise<AnnotationsFile> {
  const path = annotationsPath(corpusRoot, slug);
  const text = await readFile(path, 'utf8').catch(() => {
    throw new StoreError('not-found', `no document named ${slug}`);
  });
  return { path, text, version: annotationsVersion(text) };
}

/** Keeps `before` in the history, then replaces the file with `text` in one step: nothing is ever lost. */
export async function replaceAnnotations(
  corpusRoot: string,
  slug: string,
  before: string,
  text: string,
  change: string,
): Promise<void> {
  await keepVersion(corpusRoot, slug, before, change);
  await writeFileAtomic(annotationsPath(corpusRoot, slug), text);
}
