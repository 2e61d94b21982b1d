// Changes a built graph for one document added, replaced or removed: only that document's nodes and edges move.
import { edgeAttributesOf, nodeAttributesOf } from './build.js';
import type { Corpus, EntityRecord, RelationRecord } from './corpus/corpus-types.js';
import { documentInfo, scopeAttributes } from './documents.js';
import { assignImportance } from './importance.js';
import type { EssayGraph } from './types.js';

/**
 * Turns `graph`, built from `before`, into the graph of `after`, which differ in the document `slug` alone.
 * Synchronous, so a reader on the event loop sees the old graph or the new one, never a mix. Entities already
 * placed keep their place (a reader's mental map, and pins in permalinks); a new one is placed among its
 * neighbours. The full layout runs again only on a full reload.
 */
export function applyDocumentChange(
  graph: EssayGraph,
  before: Corpus,
  after: Corpus,
  slug: string,
): void {
  const beforeRelations = before.relations.filter((r) => r.doc === slug);
  const afterRelations = after.relations.filter((r) => r.doc === slug);
  const entities = new Map(after.entities.map((e) => [e.id, e]));
  const touched = touchedEntities(before, after, slug, [...beforeRelations, ...afterRelations]);
  for (const r of beforeRelations) if (graph.hasEdge(r.id)) graph.dropEdge(r.id);
  const added: string[] = [];
  for (const id of touched) {
    const entity = entities.get(id);
    if (!entity) {
      if (graph.hasNode(id)) graph.dropNode(id);
    } else if (graph.hasNode(id)) {
      const { x, y } = graph.getNodeAttributes(id);
      graph.replaceNodeAttributes(id, nodeAttributesOf(entity, x, y));
    } else {
      graph.addNode(id, nodeAttributesOf(entity, 0, 0));
      added.push(id);
    }
  }
  for (const r of afterRelations)
    graph.addDirectedEdgeWithKey(r.id, r.source, r.target, edgeAttributesOf(r));
  placeAmongNeighbours(graph, added);
  assignImportance(graph);
  graph.replaceAttributes(
    scopeAttributes(after.documents.map((d) => documentInfo(d.slug, d.article.meta))),
  );
}

/** The entities the document mentions, relates or declares, before or after the change. */
function touchedEntities(
  before: Corpus,
  after: Corpus,
  slug: string,
  relations: RelationRecord[],
): Set<string> {
  const touched = new Set<string>();
  const inDocument = (e: EntityRecord) => e.mentions.some((m) => m.doc === slug);
  for (const e of [...before.entities, ...after.entities]) if (inDocument(e)) touched.add(e.id);
  for (const r of relations) for (const id of [r.source, r.target, r.assertedBy]) touched.add(id);
  const beforeIds = new Set(before.entities.map((e) => e.id));
  const afterIds = new Set(after.entities.map((e) => e.id));
  for (const id of beforeIds) if (!afterIds.has(id)) touched.add(id);
  for (const id of afterIds) if (!beforeIds.has(id)) touched.add(id);
  return touched;
}

/**
 * A new entity goes to the middle of its placed neighbours, nudged by a step derived from its id so that two
 * never land on one spot; one with none goes on a ring just outside the drawing. Deterministic: same corpus,
 * same picture.
 */
function placeAmongNeighbours(graph: EssayGraph, added: string[]): void {
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
