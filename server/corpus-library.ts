// The corpus the server answers from, kept in step with its folder: documents added, trashed or edited one at a time.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildOptions } from '../graph/build.js';
import { corpusParts, type CorpusParts } from '../graph/corpus/assembly.js';
import { readCorpusFiles, readDocumentFiles, TEXT_FILE } from '../graph/corpus/load.js';
import {
  parseDocument,
  type DocumentFiles,
  type ParsedDocument,
} from '../graph/corpus/parse-document.js';
import { withDocument, withoutDocument } from '../graph/corpus/update.js';
import { setImmediate as yieldToReaders } from 'node:timers/promises';
import { commitUpdate, loadEssay, prepareUpdate, type LoadedEssay } from '../graph/essay.js';
import type { EssaySource } from './essay-source.js';

export type ReloadOutcome =
  | { type: 'reloaded'; nodes: number; edges: number; documents?: string[] }
  | { type: 'kept'; reason: string };

export interface CorpusLibrary extends EssaySource {
  /** The corpus root documents are written into; null when CORPUS_DIR names one document folder. */
  readonly root: string | null;
  /** Loads everything anew; on failure keeps serving the last good corpus and says why. */
  reload(): Promise<ReloadOutcome>;
  /** Re-reads the documents whose files changed on disk (SIGHUP); a registry change reloads everything. */
  sync(): Promise<ReloadOutcome>;
  /** Re-reads the document `slug` (its folder gone: it leaves), keeping its last good version on failure. */
  reloadDocument(slug: string): Promise<ReloadOutcome>;
  /**
   * Puts a new or changed document into the graph: its nodes and edges alone change. It is checked against the
   * corpus first (CorpusError), then `persist` writes it, then readers see it: never a document served unsaved.
   */
  applyDocument(parsed: ParsedDocument, persist?: () => Promise<void>): Promise<void>;
  /** Takes the document `slug` out, after `persist` (moving its folder to the trash). */
  removeDocument(slug: string, persist?: () => Promise<void>): Promise<void>;
  /** Runs `write` after every write before it, so two writers never interleave. */
  exclusive<T>(write: () => Promise<T>): Promise<T>;
}

/** Reads the corpus at `dir` (a root, or one document folder) and keeps it. */
export async function openCorpusLibrary(
  dir: string,
  options: BuildOptions,
): Promise<CorpusLibrary> {
  const root = (await isDocumentFolder(dir)) ? null : dir;
  return corpusLibrary(await loadEssay(dir, options), root, () => loadEssay(dir, options));
}

async function isDocumentFolder(dir: string): Promise<boolean> {
  return stat(join(dir, TEXT_FILE)).then(
    (s) => s.isFile(),
    () => false,
  );
}

function corpusLibrary(
  initial: LoadedEssay,
  root: string | null,
  load: () => Promise<LoadedEssay>,
): CorpusLibrary {
  let essay = initial;
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(write: () => Promise<T>): Promise<T> => {
    const run = queue.then(write, write);
    queue = run.catch(() => undefined);
    return run;
  };
  const partsOf = (): CorpusParts => essay.parts ?? corpusParts(null, []);
  // Three steps, each short enough not to hold the event loop long on a thousand documents: the parts (the
  // caller's), the corpus after the change, then — once saved — the graph and index changed in one step.
  const change = async (parts: CorpusParts, slug: string, persist?: () => Promise<void>) => {
    await yieldToReaders();
    const prepared = prepareUpdate(essay, parts, slug);
    await persist?.();
    await yieldToReaders();
    essay = commitUpdate(essay, prepared);
  };
  const library: CorpusLibrary = {
    root,
    current: () => essay,
    reload: () =>
      exclusive(() =>
        kept(async () => {
          essay = await load();
          return reloaded(essay);
        }),
      ),
    sync: () =>
      exclusive(() => kept(() => syncWithDisk(library, essay, root, load, (e) => (essay = e)))),
    reloadDocument: (slug) => exclusive(() => kept(() => reloadOne(library, root, slug))),
    applyDocument: (parsed, persist) =>
      change(withDocument(partsOf(), parsed), parsed.slug, persist),
    removeDocument: (slug, persist) => change(withoutDocument(partsOf(), slug), slug, persist),
    exclusive,
  };
  return library;
}

function reloaded(essay: LoadedEssay, documents?: string[]): ReloadOutcome {
  return {
    type: 'reloaded',
    nodes: essay.graph.order,
    edges: essay.graph.size,
    ...(documents ? { documents } : {}),
  };
}

/** The outcome of a reload, or the reason it failed: the last good corpus stays. */
async function kept(attempt: () => Promise<ReloadOutcome>): Promise<ReloadOutcome> {
  try {
    return await attempt();
  } catch (error) {
    return { type: 'kept', reason: error instanceof Error ? error.message : String(error) };
  }
}

async function reloadOne(library: CorpusLibrary, root: string | null, slug: string) {
  const loaded = library.current().corpus.documents.some((d) => d.slug === slug);
  const dir = root === null ? null : join(root, slug);
  if (dir === null || !(await isDocumentFolder(dir))) {
    if (loaded) await library.removeDocument(slug);
    return reloaded(library.current(), [slug]);
  }
  await library.applyDocument(parseDocument(await readDocumentFiles(dir)));
  return reloaded(library.current(), [slug]);
}

/**
 * The documents whose files differ from those loaded, re-read one by one; any other change (the registry, or a
 * one-document corpus) reloads everything.
 */
async function syncWithDisk(
  library: CorpusLibrary,
  essay: LoadedEssay,
  root: string | null,
  load: () => Promise<LoadedEssay>,
  replace: (essay: LoadedEssay) => void,
): Promise<ReloadOutcome> {
  const parts = essay.parts;
  if (root === null || !parts) {
    replace(await load());
    return reloaded(library.current());
  }
  const files = await readCorpusFiles(root);
  if ((files.registry?.content ?? null) !== (parts.registry?.source ?? null)) {
    replace(await load());
    return reloaded(library.current());
  }
  const changed = changedDocuments(parts, files.documents);
  for (const slug of changed) await reloadOne(library, root, slug);
  return reloaded(library.current(), changed);
}

function changedDocuments(parts: CorpusParts, onDisk: DocumentFiles[]): string[] {
  const loaded = new Map(parts.documents.map((d) => [d.parsed.slug, d.parsed.sources]));
  const changed = onDisk
    .filter((d) => {
      const before = loaded.get(d.slug);
      return (
        !before || before.essay !== d.essay.content || before.annotations !== d.annotations.content
      );
    })
    .map((d) => d.slug);
  const present = new Set(onDisk.map((d) => d.slug));
  return [...changed, ...[...loaded.keys()].filter((slug) => !present.has(slug))];
}
