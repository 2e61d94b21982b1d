import { describe, expect, it } from 'vitest';
import { curvatureFor, LONE_EDGE_CURVATURE } from '../../client/drawing/curvature.js';
import { movement } from '../../client/drawing/layout-runner.js';
import { articleSegments } from '../../client/state/article-segments.js';
import { clauseText, edgeClause } from '../../graph/wording.js';
import type { Article } from '../../client/types.js';
import { smallGraph } from '../helpers/essay-graph.js';

const article: Article = {
  meta: { title: 't', author: 'x', publication: 'p' },
  text: 'a met b. c left.',
  paragraphs: [{ section: 'body', start: 0, end: 16 }],
  sentences: [
    { index: 0, paragraph: 0, section: 'body', start: 0, end: 8, text: 'a met b.' },
    { index: 1, paragraph: 0, section: 'body', start: 9, end: 16, text: 'c left.' },
  ],
};

describe('articleSegments', () => {
  it('should cut sentences into text and mention links', () => {
    const g = smallGraph();
    g.setNodeAttribute('a', 'mentions', [
      { doc: 'essay', sentence: 0, start: 0, end: 1, text: 'a' },
    ]);
    g.setNodeAttribute('c', 'mentions', [
      { doc: 'essay', sentence: 1, start: 9, end: 10, text: 'c' },
    ]);
    const [paragraph] = articleSegments(article, g);
    expect(paragraph!.sentences[0]!.segments).toEqual([
      { type: 'mention', text: 'a', node: 'a', label: 'A' },
      { type: 'text', text: ' met b.' },
    ]);
    expect(paragraph!.sentences[1]!.segments[0]).toMatchObject({ type: 'mention', node: 'c' });
  });
});

describe('edgeClause', () => {
  it('should state an edge subject first with the shared wording', () => {
    const g = smallGraph();
    const edge = g.edges('a', 'b')[0]!;
    expect(clauseText(edgeClause(g, edge))).toBe('A has denounced B');
  });
});

describe('curvatureFor', () => {
  it('should bend a lone edge slightly and fan parallel edges apart', () => {
    expect(curvatureFor(null, null)).toBe(LONE_EDGE_CURVATURE);
    expect(curvatureFor(1, 2)).toBeGreaterThan(0);
    expect(curvatureFor(-1, 1)).toBeLessThan(0);
    expect(curvatureFor(2, 2)).toBeGreaterThan(curvatureFor(1, 2));
  });
});

describe('movement', () => {
  it('should measure mean displacement relative to the drawing size', () => {
    const before = Float64Array.from([0, 0, 10, 0]);
    const after = Float64Array.from([1, 0, 11, 0]);
    expect(movement(before, after)).toBeCloseTo(0.1);
    expect(movement(after, after)).toBe(0);
  });
});
