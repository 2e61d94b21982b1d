// A worker thread of parse-in-parallel.ts: parses the batches of documents it is sent and posts them back.
/// <reference types="node" />
import { parentPort } from 'node:worker_threads';
import { parseOrProblems } from './assemble.js';
import type { DocumentFiles } from './parse-document.js';
import { portable } from './portable-parse.js';

parentPort!.on('message', (batch: DocumentFiles[]) => {
  parentPort!.postMessage(batch.map((files) => portable(parseOrProblems(files))));
});
