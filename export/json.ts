// graph.json: the view's data graph in graphology's serialized format (the API's wire format).
import type { ExportFormat } from './export-types.js';
import { dataGraph } from './view.js';

export const jsonFormat: ExportFormat = {
  name: 'graph.json',
  aliases: ['json', 'graphology'],
  contentType: 'application/json; charset=utf-8',
  description:
    "graphology's serialized graph: Graph.from(json) or graph.import(json) reads it back.",
  render: (view) => `${JSON.stringify(dataGraph(view).export(), null, 2)}\n`,
};
