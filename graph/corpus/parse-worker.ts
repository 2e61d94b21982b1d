// A worker thread of the parallel corpus load: parses the documents it is sent and posts them back, ready to clone.
/// <reference types="node" />
import { parentPort } from 'node:worker_threads';
import { parseDocument, type DocumentFiles } from './parse-document.js';
import { CorpusError, type CorpusProblem } from '../errors.js';
import type { ParsedDocument } from './parse-document.js';

/** A parsed document without its line finder (a function, which cannot cross threads), or its problems. */
export type ShippedDocument =
  { ok: true; doc: Omit<ParsedDocument, 'yaml'> } | { ok: false; problems: CorpusProblem[] };

export function shipDocument(files: DocumentFiles): ShippedDocument {
  try {
    const { yaml: _lines, ...doc } = parseDocument(files);
    return { ok: true, doc };
  } catch (error) {
    if (error instanceof CorpusError) return { ok: false, problems: error.problems };
    throw error;
  }
}

parentPort?.on('message', (chunk: DocumentFiles[]) => {
  parentPort!.postMessage(chunk.map(shipDocument));
});
