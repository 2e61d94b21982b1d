// Parses a large corpus's documents on every core: this thread and worker threads take batches as they come free.
/// <reference types="node" />
import { availableParallelism } from 'node:os';
import { setImmediate } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { parseOrProblems, type ParsedOrProblems } from './assemble.js';
import type { DocumentFiles } from './parse-document.js';
import { fromPortable, type Portable } from './portable-parse.js';

/**
 * Below this many documents a worker's start (tsx, its modules and the sentence model: ~0.9 s on two cores) costs
 * more than it saves: parsing is ~3 ms a document.
 */
export const PARALLEL_PARSE_FROM = 200;

/** Documents a thread takes at a time: small enough to share the tail evenly, large enough to cost few messages. */
const BATCH = 16;

export interface DocumentParser {
  /**
   * Each document parsed (or its problems), in the order given: the same result as mapping parseOrProblems, split
   * between this thread and the workers. A worker that fails leaves its batch to this thread. Stops the workers.
   */
  parse(documents: readonly DocumentFiles[]): Promise<ParsedOrProblems[]>;
  /** Stops the workers, when the documents are not parsed after all (a file could not be read). */
  stop(): void;
}

/**
 * A parser for a corpus of `count` documents, made before its files are read, so that the workers' start overlaps
 * the reading: one worker per other core, none for a small corpus.
 */
export function documentParser(count: number): DocumentParser {
  const workerCount = count < PARALLEL_PARSE_FROM ? 0 : availableParallelism() - 1;
  const workers = Array.from({ length: Math.max(0, workerCount) }, startWorker);
  const stop = () => workers.forEach((w) => void w.terminate());
  return {
    stop,
    async parse(documents) {
      if (workers.length === 0) return documents.map(parseOrProblems);
      try {
        return await parseSharing(workers, documents);
      } finally {
        stop();
      }
    },
  };
}

async function parseSharing(
  workers: readonly Worker[],
  documents: readonly DocumentFiles[],
): Promise<ParsedOrProblems[]> {
  const results: ParsedOrProblems[] = new Array(documents.length);
  let next = 0;
  const take = (): [number, number] | null => {
    if (next >= documents.length) return null;
    const batch: [number, number] = [next, Math.min(next + BATCH, documents.length)];
    next = batch[1];
    return batch;
  };
  const parseHere = ([start, end]: [number, number]) => {
    for (let i = start; i < end; i++) results[i] = parseOrProblems(documents[i]!);
  };
  const here = async () => {
    // Between batches, the workers' answers are received and they are sent their next batch.
    for (let batch = take(); batch; batch = take()) {
      parseHere(batch);
      await setImmediate();
    }
  };
  const receive = (at: number, parsed: Portable) =>
    (results[at] = fromPortable(parsed, documents[at]!));
  await Promise.all([
    here(),
    ...workers.map((w) => inWorker(w, documents, take, parseHere, receive)),
  ]);
  return results;
}

/** One worker taking batches until none is left; if it dies, this thread parses the batch it held. */
function inWorker(
  worker: Worker,
  documents: readonly DocumentFiles[],
  take: () => [number, number] | null,
  parseHere: (batch: [number, number]) => void,
  receive: (at: number, parsed: Portable) => void,
): Promise<void> {
  return new Promise((done, fail) => {
    let held = take();
    let finished = false;
    // The parser stops its workers once every batch is in.
    const finish = () => {
      finished = true;
      done();
    };
    const send = () => (held ? worker.postMessage(documents.slice(...held)) : finish());
    worker.on('message', (parsed: Portable[]) => {
      parsed.forEach((p, i) => receive(held![0] + i, p));
      held = take();
      send();
    });
    // A failure is reported by 'error' and then 'exit': the batch is taken back on exit.
    worker.on('error', () => {});
    worker.on('exit', () => {
      if (finished) return;
      finished = true;
      try {
        if (held) parseHere(held);
        done();
      } catch (error) {
        fail(error);
      }
    });
    send();
  });
}

/** The worker's module, TypeScript like this one. */
const WORKER_MODULE = new URL('./parse-worker.ts', import.meta.url).href;

/**
 * A worker started on a .ts file does not get tsx's hooks (Node 20, even with `--import tsx`): it starts on a
 * two-line module that registers them, then imports the worker's.
 */
function startWorker(): Worker {
  const bootstrap = [
    `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};`,
    'register();',
    `await import(${JSON.stringify(WORKER_MODULE)});`,
  ].join('\n');
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`));
}
