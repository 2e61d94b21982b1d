// Changes a built graph for one document added, replaced or removed: only that document's nodes and edges move.
import { edgeAttributesOf, nodeAttributesOf } from './build.js';
import type { CorpusChange } from './corpus/corpus-change.js';
import { documentInfo, scopeAttributes } from './documents.js';
import { assignImportance } from './importance.js';
import type { EssayGraph } from './types.js';

/**
 * Turns `graph`, built from the corpus before `change`, into the graph of the corpus after it, which differ in
 * one document alone. Synchronous, so a reader on the event loop sees the old graph or the new one, never a mix.
 * Entities already placed keep their place (a reader's mental map, and pins in permalinks); a new one is placed
 * among its neighbours. The full layout runs again only on a full reload.
 */
export function applyDocumentChange(graph: EssayGraph, change: CorpusChange): void {
  const { corpus, touched, removed, added } = change;
  for (const r of removed) if (graph.hasEdge(r.id)) graph.dropEdge(r.id);
  const records = new Map(corpus.entities.filter((e) => touched.has(e.id)).map((e) => [e.id, e]));
  const fresh: string[] = [];
  for (const id of touched) {
    const entity = records.get(id);
    if (!entity) {
      if (graph.hasNode(id)) graph.dropNode(id);
    } else if (graph.hasNode(id)) {
      const { x, y } = graph.getNodeAttributes(id);
      graph.replaceNodeAttributes(id, nodeAttributesOf(entity, x, y));
    } else {
      graph.addNode(id, nodeAttributesOf(entity, 0, 0));
      fresh.push(id);
    }
  }
  for (const r of added)
    graph.addDirectedEdgeWithKey(r.id, r.source, r.target, edgeAttributesOf(r));
  placeAmongNeighbours(graph, fresh);
  assignImportance(graph);
  graph.replaceAttributes(
    scopeAttributes(corpus.documents.map((d) => documentInfo(d.slug, d.article.meta))),
  );
}

/**
 * A new entity goes to the middle of its placed neighbours, nudged by a step derived from its id so that two
 * never land on one spot; one with none goes on a ring just outside the drawing. Deterministic: same corpus,
 * same picture.
 */
function placeAmongNeighbours(graph: EssayGraph, added: string[]): void {
  if (added.length === 0) return; // Most changes bring no new entity: no pass over the whole drawing.
  const fresh = new Set(added);
  const radius = drawingRadius(graph, fresh);
  for (const id of added) {
    const placed = graph.neighbors(id).filter((n) => !fresh.has(n));
    const angle = (hashOf(id) % 360) * (Math.PI / 180);
    let x = Math.cos(angle) * radius * 1.1;
    let y = Math.sin(angle) * radius * 1.1;
    if (placed.length > 0) {
      const step = radius * 0.05 + 1;
      x = mean(placed.map((n) => graph.getNodeAttribute(n, 'x'))) + Math.cos(angle) * step;
      y = mean(placed.map((n) => graph.getNodeAttribute(n, 'y'))) + Math.sin(angle) * step;
    }
    graph.mergeNodeAttributes(id, { x: Math.round(x * 100) / 100, y: Math.round(y * 100) / 100 });
  }
}

function drawingRadius(graph: EssayGraph, except: Set<string>): number {
  let radius = 10;
  graph.forEachNode((node, { x, y }) => {
    if (!except.has(node)) radius = Math.max(radius, Math.hypot(x, y));
  });
  return radius;
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** A small stable number from a string (FNV-1a): where on the ring an entity goes. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
