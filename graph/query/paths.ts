// Path search over node ids: shortest, k shortest or through waypoints, each path told hop by hop with evidence.
import { InvalidInputError, NotFoundError } from '../errors.js';
import type { EssayGraph } from '../types.js';
import { hopEdges } from './hops.js';
import { kShortestNodePaths } from './k-paths.js';
import { citeHops, narratePath, type NameOf } from './narrative.js';
import type { RankedPath } from './path-order.js';
import { resolveSettings } from './request.js';
import { shortestNodePath } from './shortest-path.js';
import { createTraversal, type Traversal } from './traversal.js';
import type { PathFilters, PathHop, PathNode, PathResult, PathSettings } from './types.js';
import { waypointNodePaths } from './waypoints.js';

export type FindPathsOptions = Partial<
  Pick<PathSettings, 'k' | 'maxHops' | 'directed' | 'budget'>
> &
  PathFilters;

export interface PathSearch {
  paths: PathResult[];
  /** With waypoints: the index of the first leg (stop i → stop i+1) that has no path at all. */
  failedLeg: number | null;
}

/** The paths from the first stop to the last through the others in order; `[]` when there is none. */
export function findPaths(
  graph: EssayGraph,
  stops: string[],
  options: FindPathsOptions = {},
): PathResult[] {
  return searchPaths(graph, stops, options).paths;
}

/**
 * The node ids of one shortest path from `source` to `target`, or null: the search alone, without hop
 * descriptions — the call to compare with graphology-shortest-path's `bidirectional`. Unlike that one it is
 * bounded by `maxHops` (default 6) and undirected unless `directed` is set.
 */
export function shortestPath(
  graph: EssayGraph,
  source: string,
  target: string,
  options: FindPathsOptions = {},
): string[] | null {
  const { budget, ...request } = options;
  const settings = resolveSettings(request, budget);
  checkStops(graph, [source, target]);
  const t = createTraversal(graph, {
    directed: settings.directed,
    filters: settings.filters,
    exempt: [source, target],
    budget: settings.budget,
  });
  return shortestNodePath(t, source, target, { maxHops: settings.maxHops });
}

export function searchPaths(
  graph: EssayGraph,
  stops: string[],
  options: FindPathsOptions = {},
): PathSearch {
  const { budget, ...request } = options;
  const settings = resolveSettings({ ...request, via: stops.slice(1, -1) }, budget);
  checkStops(graph, stops);
  const t = createTraversal(graph, {
    directed: settings.directed,
    filters: settings.filters,
    exempt: stops,
    budget: settings.budget,
  });
  const { k, maxHops } = settings;
  const found =
    stops.length === 2
      ? { paths: kShortestNodePaths(t, stops[0]!, stops[1]!, k, maxHops), failedLeg: null }
      : waypointNodePaths(t, stops, k, maxHops);
  return { paths: found.paths.map((p) => describePath(t, p)), failedLeg: found.failedLeg };
}

function describePath(t: Traversal, path: RankedPath): PathResult {
  const nodes: PathNode[] = path.nodes.map((id) => nodeOf(t.graph, id));
  const hops: PathHop[] = [];
  for (let i = 0; i + 1 < path.nodes.length; i++) {
    const source = path.nodes[i]!;
    const target = path.nodes[i + 1]!;
    const [best, ...parallel] = hopEdges(t, source, target);
    hops.push({ source, target, ...best!, parallel });
  }
  const nameOf: NameOf = (id) => (t.graph.hasNode(id) ? t.graph.getNodeAttribute(id, 'label') : id);
  const documents = t.graph.getAttribute('documents');
  const narrative = narratePath(nodes, hops, nameOf);
  // With one document, "[n]" is its sentence, as the answer's hops say; with several, each citation names its own.
  return {
    nodes,
    hops,
    length: hops.length,
    narrative: documents.length > 1 ? `${narrative} ${citeHops(hops, documents)}` : narrative,
  };
}

export function nodeOf(graph: EssayGraph, id: string): PathNode {
  const attrs = graph.getNodeAttributes(id);
  return { id, label: attrs.label, kind: attrs.kind };
}

function checkStops(graph: EssayGraph, stops: string[]): void {
  if (stops.length < 2)
    throw new InvalidInputError('A path needs at least two entities: `from` and `to`.', 'to');
  const seen = new Map<string, number>();
  stops.forEach((id, i) => {
    const parameter = stopParameter(i, stops.length);
    if (!graph.hasNode(id)) throw new NotFoundError(`No entity has the id "${id}".`, [], parameter);
    const earlier = seen.get(id);
    if (earlier !== undefined)
      throw new InvalidInputError(
        `\`${parameter}\` names ${graph.getNodeAttribute(id, 'label')} again, already given as ` +
          `\`${stopParameter(earlier, stops.length)}\`: a path visits each entity once.`,
        parameter,
      );
    seen.set(id, i);
  });
}

/** The request parameter a stop came from: `from`, `via` or `to`. */
function stopParameter(index: number, count: number): 'from' | 'via' | 'to' {
  return index === 0 ? 'from' : index === count - 1 ? 'to' : 'via';
}
