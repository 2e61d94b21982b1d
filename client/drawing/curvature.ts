// How much each edge bends: a slight bend for a lone relation, a fan for parallel relations between two nodes.
export const LONE_EDGE_CURVATURE = 0.12;
const BASE_CURVATURE = 0.25;
const FAN_AMPLITUDE = 3.5;

/**
 * `index` and `maxIndex` as @sigma/edge-curve's indexParallelEdgesIndex sets them (null for a lone edge). The
 * fan widens with the number of parallel edges but saturates, so five relations still fit between two nodes.
 */
export function curvatureFor(
  index: number | null | undefined,
  maxIndex: number | null | undefined,
) {
  if (typeof index !== 'number' || typeof maxIndex !== 'number' || maxIndex <= 0)
    return LONE_EDGE_CURVATURE;
  const maxCurvature = FAN_AMPLITUDE * (1 - Math.exp(-maxIndex / FAN_AMPLITUDE)) * BASE_CURVATURE;
  const curvature = (maxCurvature * index) / maxIndex;
  // Index 0 is the middle edge of an odd fan: give it the lone bend rather than a degenerate straight curve.
  return curvature === 0 ? LONE_EDGE_CURVATURE : curvature;
}
