// What a download holds is what the explorer shows: claims only, a focus's neighbours, the path selected (issue 10.8).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEssay, type LoadedEssay } from '../../graph/essay.js';
import { InvalidInputError } from '../../graph/errors.js';
import { renderSvg } from '../../export/svg.js';
import { exportView, viewSubtitle, viewTitle } from '../../export/view.js';
import { answerPathRequest } from '../../graph/query/answer.js';
import { neighborhood } from '../../graph/query/neighbors.js';
import { ESSAY_CORPUS } from '../helpers/fixtures.js';
import { DRAWN_LAYOUT } from '../../export/drawn-graph.js';

let essay: LoadedEssay;
beforeAll(async () => {
  essay = await loadEssay(ESSAY_CORPUS, { layout: DRAWN_LAYOUT });
});

const drawnNodes = (svg: string) =>
  [...svg.matchAll(/<circle data-node="([^"]+)"/g)].map((m) => m[1]!).sort();
const drawnEdges = (svg: string) => [...svg.matchAll(/<g data-edge="([^"]+)"/g)].map((m) => m[1]!);

describe('export scope', () => {
  it('should export only the claims of a claims-only view, all drawn dashed as in the explorer', () => {
    const view = exportView(essay, { modalities: ['claim'] });
    const claims = essay.graph.filterEdges((_, a) => a.modality === 'claim');
    expect(view.graph.edges().sort()).toEqual(claims.sort());
    expect(viewSubtitle(view)).toContain('claims only');
    const svg = renderSvg(view);
    expect(drawnEdges(svg).sort()).toEqual(claims.sort());
    const edgeGroups = svg.match(/<g data-edge="[^"]+"[^>]*>.*?<\/g>/g)!;
    expect(edgeGroups.every((g) => g.includes('stroke-dasharray'))).toBe(true);
    expect(svg).toContain('dashed: claim, hypothetical or question');
  });

  it('should draw facts solid and say what dashes mean only when there are any', () => {
    const svg = renderSvg(exportView(essay, { facts: true }));
    expect(svg).not.toContain('stroke-dasharray');
    expect(svg).not.toContain('dashed: claim');
  });

  it('should export a "Neighbours of" view as that neighbourhood, titled so', () => {
    const view = exportView(essay, { focus: 'china', depth: 1 });
    const near = neighborhood(essay.graph, 'china', 1);
    expect(view.graph.nodes().sort()).toEqual(near.nodes().sort());
    expect(view.graph.order).toBeLessThan(essay.graph.order);
    expect(viewTitle(view)).toBe('Neighbours of China');
    expect(drawnNodes(renderSvg(view))).toEqual(near.nodes().sort());
    expect(() => exportView(essay, { focus: 'chinaa-nowhere-x' })).toThrow(/focus|entity/i);
  });

  it('should draw only the selected path: path 2 of 3 is path 2 alone', () => {
    const request = { from: 'mao-zedong', to: 'donald-trump', k: 3 };
    const all = answerPathRequest(essay, request).paths;
    expect(all.length).toBe(3);
    const view = exportView(essay, { ...request, path: 2 });
    expect(view.paths).toEqual([all[1]]);
    const svg = renderSvg(view);
    expect(drawnNodes(svg)).toEqual(all[1]!.nodes.map((n) => n.id).sort());
    expect(drawnEdges(svg).sort()).toEqual(all[1]!.hops.map((h) => h.edge).sort());
    expect(viewSubtitle(view)).toContain('path 2 of the answers');
  });

  it('should refuse a path number the answer does not have, naming the parameter', () => {
    const ask = () => exportView(essay, { from: 'mao-zedong', to: 'donald-trump', k: 2, path: 5 });
    expect(ask).toThrow(InvalidInputError);
    expect(ask).toThrow(/Parameter `path`: this query has 2 paths; choose from 1 to 2/);
  });
});
