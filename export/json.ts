// graph.json: the view's data graph in graphology's serialized format (the API's wire format).
import { formatInfo } from './format-list.js';
import type { ExportFormat } from './export-types.js';
import { dataGraph } from './view.js';

export const jsonFormat: ExportFormat = {
  ...formatInfo('graph.json'),
  render: (view) => `${JSON.stringify(dataGraph(view).export(), null, 2)}\n`,
};
