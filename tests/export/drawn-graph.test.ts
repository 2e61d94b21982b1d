import { beforeAll, describe, expect, it } from 'vitest';
import {
  DRAWN_LAYOUT,
  drawGraph,
  drawnEdge,
  EDGE_SIZE,
  nodeSize,
} from '../../export/drawn-graph.js';
import { KIND_COLORS, NODE_SIZE, POLARITY_COLORS } from '../../export/style.js';
import { loadEssay, type LoadedEssay } from '../../graph/essay.js';
import { edgeAttrs } from '../helpers/essay-graph.js';
import { ESSAY_CORPUS } from '../helpers/fixtures.js';

let essay: LoadedEssay;
beforeAll(async () => {
  essay = await loadEssay(ESSAY_CORPUS, { layout: DRAWN_LAYOUT });
});

describe('drawGraph', () => {
  it('should keep the layout where it was when the sizes lived in the core graph', () => {
    // Positions, sizes and colours /api/graph sent before the drawing values moved out of graph/. Most nodes
    // (66 of 73) sit where noverlap pushed them, which a size off by 0.01 px moves: these pin the sizes it read.
    const drawn = drawGraph(essay.graph);
    const pick = (id: string) => {
      const { x, y, importance, size, color } = drawn.getNodeAttributes(id);
      return { x, y, importance, size, color };
    };
    expect(pick('foreign-policy-analysts')).toEqual({
      x: -11.36,
      y: -22.49,
      importance: 0.025,
      size: 6.21,
      color: KIND_COLORS.person,
    });
    expect(pick('adam-zivo')).toEqual({
      x: 37.5,
      y: 17.63,
      importance: 0.55,
      size: 14.38,
      color: KIND_COLORS.person,
    });
    expect(pick('ali-wyne')).toEqual({
      x: 44.77,
      y: -27.48,
      importance: 0.125,
      size: 8.95,
      color: KIND_COLORS.person,
    });
    expect(pick('marxist-orthodoxy')).toMatchObject({
      x: -20.13,
      y: 75.65,
      color: KIND_COLORS.concept,
    });
    expect(pick('china')).toMatchObject({ importance: 1, size: NODE_SIZE.max });
    expect(pick('sergey-radchenko')).toEqual({
      x: 13.47,
      y: -35.87,
      importance: 0.05,
      size: 7.13,
      color: KIND_COLORS.person,
    });
    expect(pick('international-crisis-group')).toMatchObject({ x: 69.62, y: -7.08, size: 6.21 });
    expect(pick('munk-school')).toMatchObject({ x: 37.33, y: 59.72 });
    expect(pick('johns-hopkins-sais')).toMatchObject({ x: 15.82, y: -64.82 });
  });

  it('should leave the core graph without drawing values', () => {
    drawGraph(essay.graph);
    essay.graph.forEachNode((_, a) => expect(a).not.toHaveProperty('size'));
    essay.graph.forEachEdge((_, a) => expect(a).not.toHaveProperty('color'));
  });

  it('should keep the order of nodes and edges, and the serialized key order', () => {
    const drawn = drawGraph(essay.graph);
    expect(drawn.nodes()).toEqual(essay.graph.nodes());
    expect(drawn.edges()).toEqual(essay.graph.edges());
    expect(drawn.getAttributes()).toEqual(essay.graph.getAttributes());
  });
});

describe('drawnEdge', () => {
  it('should colour by polarity at one width, the note staying the last attribute', () => {
    const drawn = drawnEdge({ ...edgeAttrs({ polarity: 'cooperative' }), note: 'n' });
    expect(drawn).toMatchObject({ size: EDGE_SIZE, color: POLARITY_COLORS.cooperative });
    expect(Object.keys(drawn).slice(-3)).toEqual(['size', 'color', 'note']);
  });
});

describe('nodeSize', () => {
  it('should grow with the square root of importance, from the smallest size to the largest', () => {
    expect(nodeSize(0)).toBe(NODE_SIZE.min);
    expect(nodeSize(1)).toBe(NODE_SIZE.max);
    expect(nodeSize(0.25)).toBe(NODE_SIZE.min + (NODE_SIZE.max - NODE_SIZE.min) / 2);
  });
});
