// Types of the ForceAtlas2 package's own modules that graph/layout-structure.ts runs directly (the package types its entry only).

declare module 'graphology-layout-forceatlas2/helpers.js' {
  interface GraphLike {
    order: number;
    size: number;
    forEachNode(callback: (node: string, attributes: Record<string, unknown>) => void): void;
    forEachEdge(
      callback: (edge: string, attributes: object, source: string, target: string) => void,
    ): void;
  }
  export function graphToByteArrays(
    graph: GraphLike,
    getEdgeWeight: () => number,
  ): { nodes: Float32Array; edges: Float32Array };
}

declare module 'graphology-layout-forceatlas2/iterate.js' {
  export default function iterate(
    settings: Record<string, unknown>,
    nodes: Float32Array,
    edges: Float32Array,
  ): void;
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
  const defaults: Record<string, unknown>;
  export default defaults;
}
