// The Paths tab: the question form, the status line and the answers, each redrawn from the path slice.
import { searchEntities } from '../api.js';
import { apiScope } from '../state/documents.js';
import { setUpPathClearing } from '../views/path-clearing.js';
import { createPathForm, type PathForm } from '../views/path-form.js';
import { renderPathResults, type ResultActions } from '../views/path-results.js';
import { createPathStatus } from '../views/path-status.js';
import { byId } from '../views/dom.js';
import { requestKey } from '../state/url-state.js';
import { createStoreActions } from '../state/store-actions.js';
import { watch } from '../state/watch.js';
import type { ExplorerContext } from './context.js';
import type { State } from '../types.js';

/** Builds the form (shown with the URL's question); the answers are drawn once `connectPathAnswers` runs. */
export function createPathPanel(ctx: ExplorerContext): PathForm {
  const { store, renderer, disposer } = ctx;
  const actions = createStoreActions(store);
  const form = createPathForm(byId('path-form'), ctx.graph, store.get().years, {
    ask: actions.askPath,
    emptied: actions.clearPath,
    current: () => store.get().path.request,
    search: (q, signal) => searchEntities(q, apiScope(store.get()), signal),
  });
  form.show(store.get().path.request);
  const renderStatus = createPathStatus(byId('path-status'), actions.clearPath);
  disposer.add(watch(store, ['path', 'filters', 'year'], renderStatus));
  disposer.add(
    setUpPathClearing(actions.clearPath, (listener) => renderer.sigma.on('clickStage', listener)),
  );
  disposer.add(
    watch(store, ['path'], (state, previous) => {
      if (previous && requestKey(state.path.request) !== requestKey(previous.path.request))
        form.show(state.path.request);
    }),
  );
  return form;
}

export function connectPathAnswers(
  { store, articleOf, disposer }: ExplorerContext,
  form: PathForm,
  actions: ResultActions,
): void {
  const results = byId('path-results');
  const draw = (state: State, previous: State | null) => {
    renderPathResults(results, state, articleOf, actions);
    const problem = state.path.status.type === 'error' ? state.path.status.problem : null;
    form.markInvalid(problem?.parameter ?? null, problem ? 'path-problem' : undefined);
    // An answer lands below the form: bring it into view in the panel.
    const arrived =
      state.path.status.type !== 'loading' && previous?.path.status.type === 'loading';
    if (arrived && state.path.status.type !== 'idle') {
      const panel = byId('tab-paths');
      panel.scrollTo({ top: results.offsetTop - panel.offsetTop - 12, behavior: 'smooth' });
    }
  };
  disposer.add(watch(store, ['path', 'articles'], draw));
}
