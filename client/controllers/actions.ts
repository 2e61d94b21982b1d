// What the explorer's panels ask for (select, focus, ask a path, use a suggestion): the views call these only.
import { askPath, showPath } from '../state/path.js';
import { DEFAULT_PATH_QUERY } from '../state/initial-state.js';
import { focusOn, select, showTab } from '../state/selection.js';
import { withSuggestion } from '../state/suggestion-line.js';
import { labelsOf } from '../views/asserted-by.js';
import type { DetailsActions } from '../views/details-panel.js';
import type { PathForm } from '../views/path-form.js';
import type { ResultActions } from '../views/path-results.js';
import { announce } from '../views/toast.js';
import { PHONE, openSheet, type ExplorerContext } from './context.js';
import type { Problem } from '../types.js';

export interface ExplorerActions extends DetailsActions, ResultActions {
  selectNode(id: string, moveCamera?: boolean): void;
  selectEdge(id: string): void;
}

export function createExplorerActions(ctx: ExplorerContext, form: PathForm): ExplorerActions {
  const { graph, store, renderer } = ctx;
  const selectNode = (id: string, moveCamera = true) => {
    if (!graph.hasNode(id)) return;
    store.update(select({ type: 'node', id }));
    // On a phone the selection's controller moves the camera, above the sheet.
    if (moveCamera && !PHONE.matches) renderer.focusNode(id);
    announce(`${graph.getNodeAttribute(id, 'label')} selected.`);
  };
  // The tab is shown first: a field inside a hidden panel cannot take the keyboard focus.
  const prefill = (part: { from?: string; to?: string }) => {
    store.update(showTab('paths'));
    openSheet(true);
    form.prefill(part);
  };
  return {
    selectNode,
    selectEdge(id) {
      if (!graph.hasEdge(id)) return;
      store.update(select({ type: 'edge', id }));
      renderer.fitNodes(graph.extremities(id));
    },
    pathFrom: (id) => prefill({ from: id }),
    pathTo: (id) => prefill({ to: id }),
    focus(id) {
      store.update(focusOn(id));
      if (id) requestAnimationFrame(() => renderer.fitNodes(graph.neighbors(id).concat(id)));
      else renderer.zoom(0);
    },
    example(from, to) {
      form.show({ type: 'form', query: { ...DEFAULT_PATH_QUERY, from, to } });
      form.submit();
    },
    useSuggestion({ parameter, detail }: Problem, id: string) {
      const request = store.get().path.request;
      if (request?.type === 'line') {
        const line = withSuggestion(request.line, parameter, detail, id);
        if (line) return store.update(askPath({ type: 'line', line }));
        return selectNode(id);
      }
      form.replaceField(parameter ?? 'from', id);
      form.submit();
    },
    fit: (path) => renderer.fitNodes(path.nodes.map((n) => n.id)),
    showPath: (index) => store.update(showPath(index)),
    labelOf: labelsOf(graph),
  };
}
