// Flattens nested attributes (evidence, time, mentions, aliases, names) to JSON strings for flat formats, and back.
import type { AbstractGraph, Attributes } from 'graphology-types';

/**
 * Attributes whose values are arrays or objects: formats with scalar attributes only (GEXF, GraphML,
 * CSV, Cypher) carry them as JSON strings, and `restoreJsonAttributes` turns them back.
 */
export const JSON_ATTRIBUTES = {
  node: {
    aliases: 'JSON array of the names the essay also uses, e.g. ["mao"]',
    names: 'JSON array of names users type that the essay does not use, e.g. ["ussr"]',
    mentions: 'JSON array of {sentence, start, end, text}: where the essay names the entity',
    time: 'JSON {start, end} in years (either may be null), with {from, source} when the date is not the essay’s own (from: tenure | knowledge), or null when undated',
  },
  edge: {
    evidence:
      'JSON array of {quote, sentence, start, end}: the sentences of the essay backing the relation',
    time: 'JSON {start, end} in years (either may be null), with {from, source} when the date is not the essay’s own (from: tenure | knowledge), or null when undated',
  },
  graph: {},
} as const satisfies Record<'node' | 'edge' | 'graph', Record<string, string>>;

/**
 * Text attributes that may be empty: graphology-gexf's writer skips empty values, so a reader fills them back
 * in (GraphML and CSV keep them; filling is then a no-op).
 */
const EMPTY_TEXT_ATTRIBUTES = { node: ['description'], edge: ['assertedBy'], graph: [] } as const;

export type AttributeScope = keyof typeof JSON_ATTRIBUTES;

export type ScalarAttribute = string | number | boolean;

/** The value as a flat format stores it: scalars as they are, anything else (null included) as JSON. */
function flattenValue(value: unknown): ScalarAttribute {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return JSON.stringify(value ?? null);
}

export function flattenAttributes(attributes: object): Record<string, ScalarAttribute> {
  const flat: Record<string, ScalarAttribute> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) flat[name] = flattenValue(value);
  }
  return flat;
}

export function isJsonAttribute(scope: AttributeScope, name: string): boolean {
  return Object.hasOwn(JSON_ATTRIBUTES[scope], name);
}

/**
 * Parses back the JSON-encoded attributes of a graph read from GEXF or GraphML, and restores empty texts the
 * file could not carry; returns the graph.
 */
export function restoreJsonAttributes<G extends AbstractGraph>(graph: G): G {
  const restore = (scope: AttributeScope, attributes: Attributes): Attributes => {
    const restored: Attributes = { ...attributes };
    for (const name of EMPTY_TEXT_ATTRIBUTES[scope]) restored[name] ??= '';
    for (const name of Object.keys(JSON_ATTRIBUTES[scope])) {
      const value = restored[name];
      if (typeof value === 'string') restored[name] = JSON.parse(value);
    }
    return restored;
  };
  graph.updateEachNodeAttributes((_, attributes) => restore('node', attributes));
  graph.updateEachEdgeAttributes((_, attributes) => restore('edge', attributes));
  return graph;
}
