// graph.graphml: our own GraphML writer (graphology-graphml only parses), typed <key>s, read back losslessly.
import { formatInfo } from './format-list.js';
import type { Attributes } from 'graphology-types';
import {
  flattenAttributes,
  isJsonAttribute,
  JSON_ATTRIBUTES,
  type AttributeScope,
  type ScalarAttribute,
} from './attributes.js';
import type { ExportFormat } from './export-types.js';
import { dataGraph } from './view.js';
import { escapeXmlAttribute as attr, escapeXmlText as text } from './xml.js';
import type { DrawnGraph } from './drawn-graph.js';

type KeyType = 'string' | 'double' | 'boolean';

interface Key {
  id: string;
  scope: AttributeScope;
  name: string;
  type: KeyType;
  desc: string | null;
}

const KEY_PREFIX: Record<AttributeScope, string> = { graph: 'g', node: 'n', edge: 'e' };

/** One key per attribute name and scope; its type is the common type of its values, else string. */
function collectKeys(scope: AttributeScope, elements: Record<string, ScalarAttribute>[]): Key[] {
  const types = new Map<string, KeyType>();
  for (const element of elements) {
    for (const [name, value] of Object.entries(element)) {
      const type: KeyType =
        typeof value === 'number' ? 'double' : typeof value === 'boolean' ? 'boolean' : 'string';
      const seen = types.get(name);
      types.set(name, seen === undefined || seen === type ? type : 'string');
    }
  }
  return [...types].map(([name, type]) => ({
    id: `${KEY_PREFIX[scope]}_${name.replace(/[^\w.-]/g, '_')}`,
    scope,
    name,
    type,
    desc: isJsonAttribute(scope, name)
      ? (JSON_ATTRIBUTES[scope] as Record<string, string>)[name]!
      : null,
  }));
}

function writeKey(key: Key): string {
  const open = `  <key id="${attr(key.id)}" for="${key.scope}" attr.name="${attr(key.name)}" attr.type="${key.type}"`;
  return key.desc === null ? `${open}/>` : `${open}>\n    <desc>${text(key.desc)}</desc>\n  </key>`;
}

function writeData(keys: Key[], values: Record<string, ScalarAttribute>, indent: string): string[] {
  return keys
    .filter((key) => Object.hasOwn(values, key.name))
    .map((key) => `${indent}<data key="${attr(key.id)}">${text(String(values[key.name]))}</data>`);
}

export function writeGraphml(graph: DrawnGraph): string {
  const graphValues = flattenAttributes(graph.getAttributes());
  const nodes = graph.mapNodes((node, a: Attributes) => ({ node, values: flattenAttributes(a) }));
  const edges = graph.mapEdges((edge, a: Attributes, source, target) => ({
    edge,
    source,
    target,
    values: flattenAttributes(a),
  }));
  const graphKeys = collectKeys('graph', [graphValues]);
  const nodeKeys = collectKeys(
    'node',
    nodes.map((n) => n.values),
  );
  const edgeKeys = collectKeys(
    'edge',
    edges.map((e) => e.values),
  );

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...graphKeys, ...nodeKeys, ...edgeKeys].map(writeKey),
    '  <graph edgedefault="directed">',
    ...writeData(graphKeys, graphValues, '    '),
  ];
  for (const { node, values } of nodes) {
    lines.push(
      `    <node id="${attr(node)}">`,
      ...writeData(nodeKeys, values, '      '),
      '    </node>',
    );
  }
  for (const { edge, source, target, values } of edges) {
    lines.push(
      `    <edge id="${attr(edge)}" source="${attr(source)}" target="${attr(target)}">`,
      ...writeData(edgeKeys, values, '      '),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

export const graphmlFormat: ExportFormat = {
  ...formatInfo('graph.graphml'),
  render: (view) => writeGraphml(dataGraph(view)),
};
