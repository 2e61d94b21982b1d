// The helper processes a large corpus loads with: they read the texts while this process reads the annotations, then spread the layout.
/// <reference types="node" />
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { setImmediate } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseOrProblems, type ParsedOrProblems } from './assemble.js';
import { parseArticle } from './parse-article.js';
import {
  parseAnnotations,
  parsedFrom,
  type Annotated,
  type DocumentFiles,
  type ParseListener,
  type ParsedDocument,
  type TextFile,
} from './parse-document.js';
import type { NameMatch, Nameable } from './mentions.js';
import type { Corpus } from './corpus-types.js';
import { articleOfPortable, type PortableArticle } from './portable-article.js';
import { matchesOf } from './portable-matches.js';
import { orProblems, type OrProblems } from '../errors.js';
import type { LayoutOptions } from '../layout.js';
import { structureOf, type LayoutStructure } from '../layout-structure.js';
import type { Article } from '../types.js';

/**
 * Below this many documents a helper's start (Node, tsx, its modules and the sentence model: ~0.5 s of the other
 * core) costs more than it saves: parsing is ~3 ms a document.
 */
export const HELPERS_FROM = 200;

/** Documents a process takes at a time: small enough to share the tail evenly, large enough to cost few messages. */
const BATCH = 16;

/** Batches a helper holds at a time: the next ones wait at hand while this process is busy between answers. */
const IN_FLIGHT = 3;

/**
 * What a helper is sent: the registry's names to match in every text (answered with true), text files to read
 * into articles, a graph's structure to spread, or a question about its use of the machine.
 */
export type HelperTask =
  | { registry: Nameable[] }
  | { essays: TextFile[] }
  | { structure: LayoutStructure; options: Partial<LayoutOptions> }
  | { usage: true };

/** What a helper has used: its peak resident memory (bytes) and CPU time (ms, user and system). */
export interface HelperUsage {
  peakRss: number;
  cpuMs: number;
}

/** A text read by a helper: its article, and where the registry's names occur in it (entity indexes, start, end). */
export interface HelperArticle {
  article: PortableArticle;
  matches: Int32Array;
}

/** The documents parsed, and the registry's names matched in the texts that helpers read. */
interface ParsedWithMatches {
  parsed: ParsedOrProblems[];
  registryMatches: Map<ParsedDocument, NameMatch[]>;
}

export interface LoadHelpers {
  /**
   * The corpus holds `documents` documents: told once its folders are listed, before its files are read, so that
   * the helpers start while they are read. Starts one helper per other core, none for a small corpus.
   */
  expect(documents: number): void;
  /**
   * Each document parsed (or its problems), in the order given: the same result as mapping parseOrProblems, split
   * between this process and the helpers, which also match the `registry`'s names in the texts they read. A
   * helper that fails leaves its batches to this process.
   */
  parse(
    documents: readonly DocumentFiles[],
    registry: Nameable[],
    listener?: ParseListener,
  ): Promise<ParsedWithMatches>;
  /**
   * Hands the structure of the graph of `corpus` (graph/layout-structure.ts, made only when there is a helper) to a
   * helper to spread, and resolves once the helper has it whole: a pipe takes a large message in pieces, between
   * turns of this process's event loop, which a graph built meanwhile would hold up. `positions` are then
   * spreadGraph's, worked out while this process builds the graph; null without a helper, or when it failed: the
   * graph is then spread here.
   */
  spread(
    corpus: Pick<Corpus, 'entities' | 'relations'>,
    options: Partial<LayoutOptions>,
  ): Promise<{ positions: Promise<Float64Array | null> }>;
  /** Each running helper's use of the machine so far: what a benchmark adds to this process's own. */
  usage(): Promise<HelperUsage[]>;
  /** Stops the helpers: when the load is done, or has failed. */
  stop(): void;
}

/**
 * Processes, not worker threads: two threads of one process allocating as a parse does ran 1.4–1.8 times slower
 * each on this machine's two cores, two processes ~1.1 times (the collector's work is shared within a process).
 */
export function loadHelpers(): LoadHelpers {
  let helpers: Helper[] = [];
  return {
    expect(documents) {
      const count = documents < HELPERS_FROM ? 0 : availableParallelism() - 1;
      helpers = Array.from({ length: Math.max(0, count) }, startHelper);
    },
    async parse(documents, registry, listener) {
      if (helpers.length === 0)
        return { parsed: documents.map(parseOrProblems), registryMatches: new Map() };
      return parseSharing(helpers, documents, registry, listener);
    },
    async spread(corpus, options) {
      const [helper] = helpers;
      if (!helper) return { positions: Promise.resolve(null) };
      const positions = helper.ask<Float64Array>({ structure: structureOf(corpus), options });
      await helper.sent();
      return { positions: positions.catch(() => null) };
    },
    async usage() {
      const asked = helpers.map((h) => h.ask<HelperUsage>({ usage: true }).catch(() => null));
      return (await Promise.all(asked)).filter((u) => u !== null);
    },
    stop() {
      helpers.forEach((h) => h.stop());
      helpers = [];
    },
  };
}

/**
 * The work is split by kind, so that little crosses between processes: the helpers read the text files into
 * articles (the sentence model is most of a parse) and match the registry's names in them, while this process
 * validates the annotations (YAML and schema, most of the rest). Then it takes each document as its text comes
 * back (the listener's turn: its facts), and reads the texts no helper has taken. Only articles cross, their
 * sentences as offsets. The annotations stay here: receiving them would cost a sixth of parsing them, but every
 * document's are needed before the first document's facts (its entities may be declared in any document).
 */
async function parseSharing(
  helpers: readonly Helper[],
  documents: readonly DocumentFiles[],
  registry: Nameable[],
  listener: ParseListener | undefined,
): Promise<ParsedWithMatches> {
  const articles: OrProblems<Article>[] = new Array(documents.length);
  const matches: (NameMatch[] | undefined)[] = new Array(documents.length);
  const read = arrivals();
  const take = batchesOf(documents.length);
  const readHere = ([start, end]: Batch) => {
    for (let i = start; i < end; i++) {
      articles[i] = orProblems(() => parseArticle(documents[i]!.essay));
      read.arrived(i);
    }
  };
  const receive = (at: number, answer: OrProblems<HelperArticle>) => {
    if ('problems' in answer) articles[at] = answer;
    else {
      articles[at] = articleOfPortable(answer.article);
      matches[at] = matchesOf(answer.matches, registry);
    }
    read.arrived(at);
  };
  const readBy = async (helper: Helper) => {
    for (let batch = take(); batch; batch = take()) {
      const essays = documents.slice(...batch).map((d) => d.essay);
      const answers = await helper.ask<OrProblems<HelperArticle>[]>({ essays }).catch(() => null);
      if (!answers) readHere(batch);
      else answers.forEach((answer, i) => receive(batch[0] + i, answer));
    }
  };
  const here = async () => {
    const annotations = await eachYielding(documents, (files) =>
      orProblems(() => parseAnnotations(files.annotations)),
    );
    listener?.annotated(annotations);
    const parsed: ParsedOrProblems[] = new Array(documents.length);
    for (let done = 0; done < documents.length; done++) {
      const at = await read.next(take, readHere);
      parsed[at] = parsedOf(documents[at]!, articles[at]!, annotations[at]!);
      if (!('problems' in parsed[at])) listener?.parsed(parsed[at], matches[at]);
      await setImmediate();
    }
    return parsed;
  };
  for (const h of helpers) void h.ask<true>({ registry }).catch(() => null);
  const [parsed] = await Promise.all([
    here(),
    ...helpers.flatMap((h) => Array.from({ length: IN_FLIGHT }, () => readBy(h))),
  ]);
  const registryMatches = new Map<ParsedDocument, NameMatch[]>();
  parsed.forEach((p, i) => {
    if (!('problems' in p) && matches[i]) registryMatches.set(p, matches[i]);
  });
  return { parsed, registryMatches };
}

/** The documents whose texts are read, in the order they were, for this process to take one at a time. */
function arrivals() {
  const ready: number[] = [];
  let wake: (() => void) | null = null;
  return {
    arrived(at: number) {
      ready.push(at);
      wake?.();
    },
    /**
     * The next document whose text is read; while there is none, this process reads a batch no helper has taken,
     * or else waits for an answer.
     */
    async next(take: () => Batch | null, readHere: (batch: Batch) => void): Promise<number> {
      for (;;) {
        const at = ready.shift();
        if (at !== undefined) return at;
        const batch = take();
        if (batch) readHere(batch);
        else await new Promise<void>((done) => (wake = done));
        wake = null;
      }
    },
  };
}

/** What parseOrProblems gives: a text that is no article stops the document before its annotations are read. */
function parsedOf(
  files: DocumentFiles,
  article: OrProblems<Article>,
  annotations: OrProblems<Annotated>,
): ParsedOrProblems {
  if ('problems' in article) return article;
  if ('problems' in annotations) return annotations;
  return parsedFrom(files, article, annotations);
}

type Batch = [start: number, end: number];

/** Hands out the next batch of `count` documents to whichever process asks, then null. */
function batchesOf(count: number): () => Batch | null {
  let next = 0;
  return () => {
    if (next >= count) return null;
    const batch: Batch = [next, Math.min(next + BATCH, count)];
    next = batch[1];
    return batch;
  };
}

/**
 * `parse` of each document, yielding after each: the helpers' answers arrive through a pipe a few kilobytes at a
 * time, each read between two turns of this process's event loop.
 */
async function eachYielding<T>(
  documents: readonly DocumentFiles[],
  parse: (files: DocumentFiles) => T,
): Promise<T[]> {
  const results: T[] = [];
  for (const files of documents) {
    results.push(parse(files));
    await setImmediate();
  }
  return results;
}

interface Helper {
  /** The helper's answer to `task` (tasks are answered in the order asked); rejects if the helper has stopped. */
  ask<T>(task: HelperTask): Promise<T>;
  /** Resolves once every task asked so far has been handed to the helper whole (or the helper has stopped). */
  sent(): Promise<void>;
  stop(): void;
}

/** The helper's module, TypeScript like this one, run by the tsx this process was started with. */
const HELPER_MODULE = fileURLToPath(new URL('./load-helper-process.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');

function startHelper(): Helper {
  const child: ChildProcess = fork(HELPER_MODULE, [], {
    execArgv: ['--expose-gc', '--import', TSX],
    serialization: 'advanced',
  });
  const waiting: { done: (answer: unknown) => void; fail: (error: Error) => void }[] = [];
  let stopped = false;
  const failAll = () => {
    stopped = true;
    for (const w of waiting.splice(0)) w.fail(stoppedError());
  };
  child.on('message', (answer) => waiting.shift()?.done(answer));
  child.on('exit', failAll).on('error', failAll);
  let sending = Promise.resolve();
  return {
    ask<T>(task: HelperTask) {
      if (stopped) return Promise.reject(stoppedError());
      const answer = new Promise<T>((done, fail) => waiting.push({ done: done as never, fail }));
      // A send that fails stops the helper, which fails every answer awaited.
      sending = new Promise((done) =>
        child.send(task, (error) => {
          if (error) failAll();
          done();
        }),
      );
      return answer;
    },
    sent: () => sending,
    stop() {
      stopped = true;
      child.kill();
    },
  };
}

function stoppedError(): Error {
  return new Error('the load helper has stopped');
}
