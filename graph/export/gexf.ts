// graph.gexf: the view's data graph for Gephi, written by graphology-gexf with nested attributes as JSON.
import gexf from 'graphology-gexf';
import type { Attributes } from 'graphology-types';
import { flattenAttributes } from './attributes.js';
import type { ExportFormat } from './export-types.js';
import { dataGraph } from './view.js';

/** GEXF's reserved names: drawn by Gephi from <viz:*> and the label attribute, not from <attvalues>. */
const VIZ = ['x', 'y', 'size', 'color'] as const;

function formatElement(_key: string, attributes: Attributes) {
  const { label, ...rest } = flattenAttributes(attributes);
  const viz: Record<string, string | number> = {};
  const values: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(rest)) {
    if ((VIZ as readonly string[]).includes(name) && typeof value !== 'boolean') viz[name] = value;
    else values[name] = value;
  }
  return { label: label === undefined ? undefined : String(label), attributes: values, viz };
}

export function writeGexf(graph: Parameters<typeof gexf.write>[0]): string {
  // GEXF 1.3 names the viz namespace correctly (the 1.2 writer's namespace URL has a typo) and keeps #hex colours.
  return gexf.write(graph, {
    version: '1.3',
    formatNode: formatElement,
    formatEdge: formatElement,
  });
}

export const gexfFormat: ExportFormat = {
  name: 'graph.gexf',
  aliases: ['gexf', 'gephi'],
  contentType: 'application/gexf+xml; charset=utf-8',
  description: 'GEXF 1.3 for Gephi; evidence, time, mentions and aliases as JSON strings.',
  render: (view) => writeGexf(dataGraph(view)),
};
