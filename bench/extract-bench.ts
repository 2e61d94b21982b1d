// The draft extractor: its speed on a 5,000-word text against compromise's own pass, and its quality on the Zivo essay.
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { parseCorpusFiles } from '../graph/corpus/assemble.js';
import {
  parseDocument,
  parseRegistry,
  type DocumentFiles,
} from '../graph/corpus/parse-document.js';
import { splitSentences } from '../graph/corpus/sentences.js';
import { draftAnnotations } from '../graph/extract/index.js';
import type { Article } from '../graph/types.js';
import { scoreDraft, type Quality } from './extract-quality.js';
import { syntheticNews } from './extract-text.js';
import { progress } from './stats.js';

export interface ExtractBenchOptions {
  corpusDir: string;
  slug: string;
  words: number;
  runs: number;
}

export interface ExtractBenchResult {
  words: number;
  sentences: number;
  runs: number;
  /** Each run's milliseconds: the extractor, and compromise's `nlp(text).people()` on the same text. */
  draftMs: number[];
  peerMs: number[];
  drafted: { entities: number; relations: number };
  general: Quality;
  full: Quality;
}

export function benchExtract(o: ExtractBenchOptions): ExtractBenchResult {
  const text = syntheticNews(o.words);
  const article = articleOf(text);
  const input = {
    article,
    registry: [],
    localAliases: {},
    existing: { entities: [], localAliases: {}, relations: [], audit: [] },
  };
  draftAnnotations(input); // warm-up: the gazetteer and compromise's model are built on first use
  const draftMs: number[] = [];
  const peerMs: number[] = [];
  let drafted = { entities: 0, relations: 0 };
  for (let i = 0; i < o.runs; i++) {
    progress(`extract: run ${i + 1} of ${o.runs} on ${o.words} words`);
    let t = performance.now();
    const draft = draftAnnotations(input);
    draftMs.push(performance.now() - t);
    t = performance.now();
    nlp(text).people().json();
    peerMs.push(performance.now() - t);
    drafted = { entities: draft.entities.length, relations: draft.relations.length };
  }
  return {
    words: text.split(/\s+/).length,
    sentences: article.sentences.length,
    runs: o.runs,
    draftMs,
    peerMs,
    drafted,
    ...quality(o),
  };
}

function articleOf(text: string): Article {
  const paragraphs = [];
  let at = 0;
  for (const part of text.split('\n\n')) {
    paragraphs.push({ section: 'body' as const, start: at, end: at + part.length });
    at += part.length + 2;
  }
  const meta = { title: 'Synthetic', author: 'Bench', publication: 'Bench' };
  return { meta, text, paragraphs, sentences: splitSentences(text, paragraphs) };
}

/** The Zivo essay drafted twice: with no registry (the gazetteer alone) and with the full registry and local aliases. */
function quality(o: ExtractBenchOptions): Pick<ExtractBenchResult, 'general' | 'full'> {
  const read = (path: string) => ({ name: path, content: readFileSync(path, 'utf8') });
  const registryFile = read(join(o.corpusDir, 'entities.yaml'));
  const files: DocumentFiles = {
    slug: o.slug,
    essay: read(join(o.corpusDir, o.slug, 'essay.txt')),
    annotations: read(join(o.corpusDir, o.slug, 'annotations.yaml')),
  };
  const gold = parseCorpusFiles({ registry: registryFile, documents: [files] });
  const parsed = parseDocument(files);
  const registry = parseRegistry(registryFile).data.entities;
  const empty = { entities: [], localAliases: {}, relations: [], audit: [] };
  const general = draftAnnotations({
    article: parsed.article,
    registry: [],
    localAliases: {},
    existing: empty,
  });
  const existing = { ...parsed.data, relations: [] };
  const full = draftAnnotations({
    article: parsed.article,
    registry,
    localAliases: parsed.data.localAliases,
    existing,
  });
  return {
    general: scoreDraft(parsed.article, gold, [], general),
    full: scoreDraft(parsed.article, gold, registry, full),
  };
}
