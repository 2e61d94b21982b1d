// Views the export tests share: a tiny graph full of hard-to-escape text, and views of the mini corpus.
import type { AbstractGraph, Attributes } from 'graphology-types';
import { loadEssay, type LoadedEssay } from '../../graph/essay.js';
import type { ExportView, ViewParams } from '../../export/export-types.js';
import { exportView } from '../../export/view.js';
import { findPaths } from '../../graph/query/paths.js';
import { essayGraph } from '../helpers/essay-graph.js';
import { MINI_CORPUS } from '../helpers/fixtures.js';
import { DRAWN_LAYOUT, type DrawnGraph } from '../../export/drawn-graph.js';

/** Quotes of both kinds, backslashes, markup, line breaks, tabs, a formula, accents, CJK, an emoji. */
export const TRICKY_TEXT =
  'O\'Brien said "no" \\ <b>&amp;</b>, then:\nline two\r\nline three\ttabbed; Zhōu Ēnlái 周恩来 😀';

export function trickyGraph(): DrawnGraph {
  const drawn = { importance: 0.5, size: 8 };
  const byA = { assertedBy: 'a' };
  return essayGraph(
    [
      [
        'a',
        'b-2',
        {
          evidence: [
            { quote: TRICKY_TEXT, sentence: 3, start: 10, end: 20 },
            { quote: 'called khrushchev a “revisionist.”', sentence: 4, start: 30, end: 60 },
          ],
          time: { start: 1956, end: 1964 },
          note: 'a note, with "quotes"',
          ...byA,
        },
        'r1',
      ],
      // A parallel relation, the other way round, between the same two entities.
      [
        'b-2',
        'a',
        { ...byA, evidence: [], polarity: 'neutral', modality: 'claim', color: '#9AA0A6' },
        'r2',
      ],
      [
        'b-2',
        'c',
        {
          ...byA,
          evidence: [{ quote: "it's a backslash \\ and a 'quote'", sentence: 0, start: 0, end: 5 }],
        },
        'r3',
      ],
    ],
    {
      a: {
        label: TRICKY_TEXT,
        aliases: ['o’brien', 'ob, "the" one'],
        description: TRICKY_TEXT,
        time: { start: 1956, end: null },
        mentions: [{ doc: 'essay', sentence: 0, start: 0, end: 7, text: "o'brien" }],
        importance: 1,
        x: -12.5,
        y: 30.25,
        size: 18,
      },
      'b-2': { ...drawn, label: '=SUM(A1:A9)', kind: 'state', x: 40, y: -20, color: '#D55E00' },
      c: { ...drawn, label: 'Plain', kind: 'concept', x: 0, y: -45, color: '#56B4E9' },
    },
    { title: 'A "tricky" <essay> & co', author: "O'Brien", publication: 'Test' },
  );
}

export function trickyView(): ExportView {
  const graph = trickyGraph();
  return {
    graph,
    meta: { title: graph.getAttribute('title'), author: "O'Brien", publication: 'Test' },
    documents: graph.getAttribute('documents'),
    params: {},
    paths: null,
    query: null,
  };
}

/** The tricky graph with a shortcut a → c, asked for two paths from a to c: the shortcut and a → b-2 → c. */
export function twoPathView(): ExportView {
  const view = trickyView();
  view.graph.addDirectedEdgeWithKey('r4', 'a', 'c', {
    ...view.graph.getEdgeAttributes('r3'),
    polarity: 'cooperative',
    color: '#1B7F5B',
  });
  view.paths = findPaths(view.graph, ['a', 'c'], { k: 2 });
  return view;
}

let mini: Promise<LoadedEssay> | null = null;

function miniEssay(): Promise<LoadedEssay> {
  mini ??= loadEssay(MINI_CORPUS, { layout: DRAWN_LAYOUT });
  return mini;
}

export async function miniView(params: ViewParams = {}): Promise<ExportView> {
  return exportView(await miniEssay(), params);
}

/** Mao → Khrushchev → Stalin in the mini corpus: two hops, each with a quote. */
export const MINI_PATH: ViewParams = { from: 'mao', via: ['khrushchev'], to: 'stalin' };

/** Nodes and edges with their attributes, independent of insertion order and graph options. */
export function contents(graph: AbstractGraph) {
  const nodes: Record<string, Attributes> = {};
  const edges: Record<string, { source: string; target: string; attributes: Attributes }> = {};
  graph.forEachNode((key, attributes) => {
    nodes[key] = { ...attributes };
  });
  graph.forEachEdge((key, attributes, source, target) => {
    edges[key] = { source, target, attributes: { ...attributes } };
  });
  return { nodes, edges };
}
