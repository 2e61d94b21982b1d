// Parses a big corpus's documents on every core: worker threads and the main thread take chunks from one queue.
/// <reference types="node" />
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { assembleCorpus, type CorpusFileSet } from './assemble.js';
import type { Corpus } from './corpus-types.js';
import {
  parseRegistry,
  type DocumentFiles,
  type ParsedDocument,
  type ParsedRegistry,
} from './parse-document.js';
import { shipDocument, type ShippedDocument } from './parse-worker.js';
import { locatedYaml } from './yaml-lines.js';
import { CorpusError, type CorpusProblem } from '../errors.js';

/**
 * Below this many documents one thread is quicker than starting another (a worker loads the parser, zod and the
 * sentence model first, ~0.3 s). A thousand documents spent ~60% of a cold load parsing (YAML, validation,
 * sentences), work that is per document and independent: on two cores a worker takes about half of it.
 */
export const PARALLEL_FROM = 200;
const CHUNK = 20;
const WORKER = new URL('./parse-worker.ts', import.meta.url);
/**
 * The worker's first code: Node 20 does not run `--import tsx` in worker threads, so a worker started from the
 * TypeScript sources registers tsx's loader itself before it imports the worker module.
 */
const BOOT = `const { workerData } = require('node:worker_threads');
(async () => {
  if (workerData.tsx) (await import(workerData.tsx)).register();
  await import(workerData.module);
})();`;

function startWorker(): Worker {
  const tsx = WORKER.pathname.endsWith('.ts') ? import.meta.resolve('tsx/esm/api') : null;
  return new Worker(BOOT, { eval: true, workerData: { module: WORKER.href, tsx } });
}

/** What parseCorpusFiles gives, the same corpus or the same problems in the same order, parsed on every core. */
export async function parseCorpusFilesInParallel(files: CorpusFileSet): Promise<Corpus> {
  const { registry, documents } = await parseFilesInParallel(files);
  return assembleCorpus(registry, documents);
}

/** The registry and every document parsed, or one CorpusError with all their problems (the registry's first). */
export async function parseFilesInParallel(
  files: CorpusFileSet,
): Promise<{ registry: ParsedRegistry | null; documents: ParsedDocument[] }> {
  const shipped = await parseAll(files.documents);
  const problems: CorpusProblem[] = [];
  let registry: ParsedRegistry | null = null;
  try {
    registry = files.registry ? parseRegistry(files.registry) : null;
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    problems.push(...error.problems);
  }
  const documents = shipped.map((s, i) => {
    if (!s.ok) problems.push(...s.problems);
    return s.ok ? received(s.doc, files.documents[i]!) : null;
  });
  if (problems.length > 0) throw new CorpusError(problems);
  return { registry, documents: documents as ParsedDocument[] };
}

/** A document back from a worker, its line finder made again from the file (built only if a problem needs it). */
function received(doc: Omit<ParsedDocument, 'yaml'>, files: DocumentFiles): ParsedDocument {
  const { content, name } = files.annotations;
  return { ...doc, yaml: locatedYaml(content, name, doc.data) };
}

/** Each document parsed, in order: chunks go to whichever thread is free; a worker that fails hands its chunk back. */
async function parseAll(documents: DocumentFiles[]): Promise<ShippedDocument[]> {
  const out: ShippedDocument[] = new Array<ShippedDocument>(documents.length);
  const queue: number[] = [];
  for (let at = 0; at < documents.length; at += CHUNK) queue.push(at);
  const chunk = (at: number) => documents.slice(at, at + CHUNK);
  const workers = Math.min(3, availableParallelism() - 1);
  const running = Array.from({ length: workers }, () => workOff(queue, chunk, out));
  const drain = async () => {
    while (queue.length > 0) {
      const at = queue.shift()!;
      chunk(at).forEach((d, i) => (out[at + i] = shipDocument(d)));
      // Lets the workers' answers in, so that each gets its next chunk while this thread parses.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  await drain();
  await Promise.all(running);
  // A worker that failed handed its chunk back after this thread had emptied the queue.
  await drain();
  return out;
}

/** One worker taking chunks until the queue is empty; resolves when it is done or has failed. */
function workOff(
  queue: number[],
  chunk: (at: number) => DocumentFiles[],
  out: ShippedDocument[],
): Promise<void> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = startWorker();
    } catch {
      // No worker here (a runtime without import.meta.resolve, say): this thread parses everything.
      resolve();
      return;
    }
    let current: number | undefined;
    const next = () => {
      current = queue.shift();
      if (current === undefined) void worker.terminate().then(() => resolve());
      else worker.postMessage(chunk(current));
    };
    worker.on('message', (parsed: ShippedDocument[]) => {
      parsed.forEach((d, i) => (out[current! + i] = d));
      next();
    });
    const fail = () => {
      if (current !== undefined) queue.unshift(current);
      current = undefined;
      resolve();
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    worker.on('online', next);
  });
}
