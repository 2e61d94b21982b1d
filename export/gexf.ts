// graph.gexf: the view's data graph for Gephi, written by graphology-gexf with nested attributes as JSON.
import { formatInfo } from './format-list.js';
import gexf from 'graphology-gexf';
import type { Attributes } from 'graphology-types';
import { flattenAttributes } from './attributes.js';
import type { ExportFormat } from './export-types.js';
import { dataGraph } from './view.js';
import { stripNonXml } from './xml.js';

/** GEXF's reserved names: drawn by Gephi from <viz:*> and the label attribute, not from <attvalues>. */
const VIZ = ['x', 'y', 'size', 'color'] as const;

/** graphology-gexf writes text as given: characters XML cannot carry (NUL, ESC, U+FFFE…) must go first. */
const clean = <T>(value: T): T => (typeof value === 'string' ? (stripNonXml(value) as T) : value);

function formatElement(_key: string, attributes: Attributes) {
  const { label, ...rest } = flattenAttributes(attributes);
  const viz: Record<string, string | number> = {};
  const values: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(rest)) {
    if ((VIZ as readonly string[]).includes(name) && typeof value !== 'boolean')
      viz[name] = clean(value);
    else values[name] = clean(value);
  }
  return { label: label === undefined ? undefined : clean(String(label)), attributes: values, viz };
}

type GexfGraph = Parameters<typeof gexf.write>[0];

/** The graph's own attributes (title, author…) are written as <meta> unformatted: a copy carries them cleaned. */
function withCleanMeta(graph: GexfGraph): GexfGraph {
  const copy = graph.copy();
  const attributes = graph.getAttributes();
  copy.replaceAttributes(
    Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, clean(v)])),
  );
  return copy;
}

export function writeGexf(graph: GexfGraph): string {
  // GEXF 1.3 names the viz namespace correctly (the 1.2 writer's namespace URL has a typo) and keeps #hex colours.
  return gexf.write(withCleanMeta(graph), {
    version: '1.3',
    formatNode: formatElement,
    formatEdge: formatElement,
  });
}

export const gexfFormat: ExportFormat = {
  ...formatInfo('graph.gexf'),
  render: (view) => writeGexf(dataGraph(view)),
};
