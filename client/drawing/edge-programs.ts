// The edge programs: curved arrows (parallel relations stay apart) and a dashed variant for claims and the like.
import { createEdgeCurveProgram, indexParallelEdgesIndex } from '@sigma/edge-curve';
import type { EdgeProgramType } from 'sigma/rendering';
import { curvatureFor } from './curvature.js';
import { EDGE_TYPE } from './reducers.js';
import type {
  ClientEdgeAttributes,
  ExplorerGraph,
  GraphAttributes,
  NodeAttributes,
} from '../types.js';

type Program = EdgeProgramType<NodeAttributes, ClientEdgeAttributes, GraphAttributes>;
/** The part of a program class the dashed variant overrides (sigma's declared type hides it). */
type DefinedProgram = new (...args: ConstructorParameters<Program>) => {
  getDefinition(): { FRAGMENT_SHADER_SOURCE: string };
};

const ARROW = {
  extremity: 'target',
  lengthToThicknessRatio: 2.5,
  widenessToThicknessRatio: 2,
} as const;

const CurvedArrowProgram = createEdgeCurveProgram<
  NodeAttributes,
  ClientEdgeAttributes,
  GraphAttributes
>({
  arrowHead: ARROW,
});

/**
 * Neither sigma nor its plugins draw dashed edges, so this subclass patches the curve program's fragment shader:
 * it keeps the bezier parameter of the nearest curve point and leaves gaps along the curve (not near the arrow
 * head, and not in picking mode, so a dashed edge stays as easy to hover as a solid one). If a future version
 * changes the shader text, the patch does not apply and the edge is drawn solid rather than broken.
 */
class DashedCurvedArrowProgram extends (CurvedArrowProgram as unknown as DefinedProgram) {
  getDefinition() {
    const definition = super.getDefinition();
    return { ...definition, FRAGMENT_SHADER_SOURCE: dashed(definition.FRAGMENT_SHADER_SOURCE) };
  }
}

function dashed(shader: string): string {
  const anchors = [
    'float det(vec2 a, vec2 b)',
    'return mix(mix(b0, b1, t), mix(b1, b2, t), t);',
    'float halfThickness = thickness / 2.0;',
  ];
  if (!anchors.every((a) => shader.includes(a))) return shader;
  return shader
    .replace(anchors[0]!, `float g_t;\n${anchors[0]}`)
    .replace(anchors[1]!, `g_t = t;\n  ${anchors[1]}`)
    .replace(
      anchors[2]!,
      `#ifndef PICKING_MODE
  float dashLength = max(6.0, v_thickness * 3.0);
  float along = g_t * length(v_cpC - v_cpA);
  float toEnd = length(v_cpC - v_cpA) - along;
  if (toEnd > v_targetSize + v_thickness * 4.0 && mod(along, dashLength * 1.8) > dashLength) {
    thickness = 0.0;
  }
  #endif
  ${anchors[2]}`,
    );
}

export const EDGE_PROGRAMS: Record<string, Program> = {
  [EDGE_TYPE.solid]: CurvedArrowProgram,
  [EDGE_TYPE.dashed]: DashedCurvedArrowProgram as unknown as Program,
};

/** Adds the drawing attributes sigma needs to a freshly imported graph. */
export function prepareEdges(graph: ExplorerGraph): void {
  indexParallelEdgesIndex(graph);
  graph.updateEachEdgeAttributes(
    (_edge, attrs) => ({
      ...attrs,
      curvature: curvatureFor(attrs.parallelIndex, attrs.parallelMaxIndex),
    }),
    { attributes: ['curvature'] },
  );
}
