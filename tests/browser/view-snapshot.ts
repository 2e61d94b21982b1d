// What a page's explorer shows, as data: the view's state and the nodes and edges drawn, for comparing two opens.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface ViewSnapshot {
  scope: readonly string[] | null;
  selection: unknown;
  year: number | null;
  hiddenKinds: readonly string[];
  camera: unknown;
  request: unknown;
  /** Each path answered, as its entity ids joined by `>`. */
  paths: string[];
  nodes: string[];
  edges: string[];
  /** The document of every edge drawn. */
  edgeDocs: string[];
}

/** The view once its path question (if any) is answered. */
export async function viewSnapshot(page: Page): Promise<ViewSnapshot> {
  await expect
    .poll(() => page.evaluate(() => window.essayExplorer!.store.get().path.status.type))
    .not.toBe('loading');
  return page.evaluate(() => {
    const { renderer, graph, store } = window.essayExplorer!;
    const s = store.get();
    const edges = graph.filterEdges((e) => renderer.sigma.getEdgeDisplayData(e)?.hidden === false);
    return {
      scope: s.scope,
      selection: s.selection,
      year: s.year,
      hiddenKinds: s.filters.hiddenKinds,
      camera: s.camera,
      request: s.path.request,
      paths:
        s.path.status.type === 'done'
          ? s.path.status.answer.paths.map((p) => p.nodes.map((n) => n.id).join('>'))
          : [],
      nodes: graph.filterNodes((n) => renderer.sigma.getNodeDisplayData(n)?.hidden === false),
      edges,
      edgeDocs: [...new Set(edges.map((e) => graph.getEdgeAttribute(e, 'doc')))],
    };
  });
}

/** The snapshot less the camera, which rests (and is written) on its own time when the link has none. */
export function sameView(snapshot: ViewSnapshot): Omit<ViewSnapshot, 'camera'> {
  const { camera: _camera, ...rest } = snapshot;
  return rest;
}
