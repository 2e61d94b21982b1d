// Reads a corpus from disk: a root of document folders beside entities.yaml, or one document folder alone.
/// <reference types="node" />
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { corpusOfParts, partsOfParsed, type CorpusFileSet, type CorpusParts } from './assemble.js';
import { documentParser } from './parse-in-parallel.js';
import type { Corpus } from './corpus-types.js';
import type { DocumentFiles, TextFile } from './parse-document.js';
import { CorpusError } from '../errors.js';

export const TEXT_FILE = 'essay.txt';
export const ANNOTATIONS_FILE = 'annotations.yaml';
export const REGISTRY_FILE = 'entities.yaml';

export async function loadCorpus(dir: string): Promise<Corpus> {
  return corpusOfParts(await loadCorpusParts(dir));
}

/** The corpus at `dir` as its parts, from which a change to one document is made without reading the rest. */
export async function loadCorpusParts(dir: string): Promise<CorpusParts> {
  let parser = documentParser(0);
  const files = await readCorpusFiles(dir, (count) => (parser = documentParser(count))).catch(
    (error: unknown) => {
      parser.stop();
      throw error;
    },
  );
  return partsOfParsed(files.registry, await parser.parse(files.documents));
}

/**
 * The files of the corpus at `dir`. A folder holding essay.txt is one document (its registry, if any, is the
 * entities.yaml beside it, so that CORPUS_DIR=corpus/<slug> keeps serving that document); any other folder is a
 * corpus root, whose every folder not starting with a dot is a document (`.trash` and unfinished imports are not).
 * `onListed` learns how many documents a root holds before they are read.
 */
export async function readCorpusFiles(
  dir: string,
  onListed?: (documents: number) => void,
): Promise<CorpusFileSet> {
  if (await isFile(join(dir, TEXT_FILE))) {
    return {
      registry: await readOptional(join(dirname(dir), REGISTRY_FILE)),
      documents: [await readDocumentFiles(dir)],
    };
  }
  const slugs = await documentFolders(dir);
  onListed?.(slugs.length);
  return {
    registry: await readOptional(join(dir, REGISTRY_FILE)),
    documents: await Promise.all(slugs.map((slug) => readDocumentFiles(join(dir, slug)))),
  };
}

export async function readDocumentFiles(dir: string): Promise<DocumentFiles> {
  const annotationsPath = join(dir, ANNOTATIONS_FILE);
  const [essay, annotations, changed] = await Promise.all([
    readCorpusFile(join(dir, TEXT_FILE)),
    readCorpusFile(annotationsPath),
    stat(annotationsPath).then(
      (s) => s.mtime.toISOString(),
      () => null,
    ),
  ]);
  return { slug: basename(dir), essay, annotations, annotationsChanged: changed };
}

async function documentFolders(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw unreadable(
      dir,
      error,
      'check that CORPUS_DIR names a corpus folder or one document folder',
    );
  }
  return entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

async function readOptional(path: string): Promise<TextFile | null> {
  return (await isFile(path)) ? readCorpusFile(path) : null;
}

async function readCorpusFile(path: string): Promise<TextFile> {
  try {
    return { name: path, content: await readFile(path, 'utf8') };
  } catch (error) {
    throw unreadable(
      path,
      error,
      'check that each document folder holds essay.txt and annotations.yaml and that they are readable',
    );
  }
}

function unreadable(path: string, error: unknown, fix: string): CorpusError {
  const reason = (error as NodeJS.ErrnoException).code ?? String(error);
  return new CorpusError([{ file: path, line: null, message: `cannot read (${reason})`, fix }]);
}
