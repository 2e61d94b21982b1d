// The essay as the explorer shows it: capitals restored from the graph's own names (graph/text/display-case.ts).
import { createDisplayCase, displayText, type DisplayCase } from '../../graph/text/display-case.js';
import type { Article, ExplorerGraph } from '../types.js';

const cases = new WeakMap<ExplorerGraph, DisplayCase>();

/** One casing function per graph: its pattern of names is built once, then applied to every quote. */
export function displayCaseOf(graph: ExplorerGraph): DisplayCase {
  let displayCase = cases.get(graph);
  if (!displayCase) {
    displayCase = createDisplayCase(graph.mapNodes((_, a) => a));
    cases.set(graph, displayCase);
  }
  return displayCase;
}

/**
 * The article with its text in display form. Only letters change case, so every offset (sentences, evidence,
 * mentions) still points at the same words; the quotes in the graph's evidence stay verbatim.
 */
export function displayArticle(article: Article, graph: ExplorerGraph): Article {
  return { ...article, text: displayText(article, displayCaseOf(graph)) };
}
