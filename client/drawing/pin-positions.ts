// Puts pinned nodes where the reader left them, and unpinned ones back where they were before being pinned.
import type Graph from 'graphology';
import type { ExplorerGraph, Point } from '../types.js';

export interface PinPositions {
  /** Places the State's pins; call it whenever they change. */
  apply(pins: Readonly<Record<string, Point>>): void;
  /** Notes where a node stands before a drag moves it, as the place unpinning returns it to. */
  remember(node: string): void;
}

export function createPinPositions(graph: ExplorerGraph): PinPositions {
  /** Where each pinned node stood before its first pin: unpinning returns it there. */
  const home = new Map<string, Point>();
  // `fixed` is ForceAtlas2's own attribute (a re-layout leaves pinned nodes where they are); it is not part of
  // the essay's node attributes, hence the untyped view of the graph.
  const untyped = graph as unknown as Graph;
  const remember = (id: string) => {
    if (home.has(id) || !graph.hasNode(id)) return;
    const a = graph.getNodeAttributes(id);
    home.set(id, { x: a.x, y: a.y });
  };
  const apply = (pins: Readonly<Record<string, Point>>) => {
    for (const [id, point] of Object.entries(pins)) {
      if (!graph.hasNode(id)) continue;
      remember(id);
      untyped.mergeNodeAttributes(id, { x: point.x, y: point.y, fixed: true });
    }
    for (const [id, point] of [...home]) {
      if (id in pins) continue;
      untyped.mergeNodeAttributes(id, { x: point.x, y: point.y });
      untyped.removeNodeAttribute(id, 'fixed');
      home.delete(id);
    }
  };
  return { apply, remember };
}
