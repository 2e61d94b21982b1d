// Reads a document's text file into its article: the header, the page derived from it, and its sentences.
import { deriveArticle } from './article.js';
import { parseEssayFile } from './essay-file.js';
import type { TextFile } from './parse-document.js';
import { splitSentences } from './sentences.js';
import type { Article } from '../types.js';

/**
 * Half of a document's parse, in a module of its own so that a parse worker loads only what it needs (the
 * sentence model, not the YAML parsers and schemas). Throws a CorpusError for a text that is no article.
 */
export function parseArticle(essay: TextFile): Article {
  const { meta, raw } = parseEssayFile(essay.content, essay.name);
  const derived = deriveArticle(raw, meta, essay.name);
  return { meta, ...derived, sentences: splitSentences(derived.text, derived.paragraphs) };
}
