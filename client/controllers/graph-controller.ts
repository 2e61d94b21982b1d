// Keeps the drawing in step with the State: redraws on the slices it shows, sends camera moves to the State.
import { setCamera } from '../state/selection.js';
import { watch } from '../state/watch.js';
import { PHONE, openSheet, type ExplorerContext } from './context.js';
import { byId } from '../views/dom.js';
import type { State } from '../types.js';

/** The camera is written to the State (and the URL) once it has rested this long. */
const CAMERA_REST_MS = 400;

const DRAWN: readonly (keyof State)[] = [
  'selection',
  'focus',
  'focusDepth',
  'filters',
  'year',
  'path',
  'compare',
  'pins',
  'scope',
];

export function connectGraph({ renderer, store, disposer }: ExplorerContext): void {
  const drawn = renderer.large ? DRAWN : [...DRAWN, 'hoveredNode' as const, 'hoveredEdge' as const];
  // No previous state: the renderer was built from this very state and has drawn it already.
  disposer.add(watch(store, drawn, (state, previous) => previous && renderer.render(state)));
  disposer.add(
    watch(store, ['compare'], (state, previous) => {
      // The comparison's card takes room over the graph: frame what it shows in what is left.
      if (previous && (state.compare === null) !== (previous.compare === null))
        requestAnimationFrame(() => renderer.zoom(0));
    }),
  );
  disposer.add(
    watch(store, ['selection'], (state, previous) => {
      if (!previous || !state.selection) return;
      openSheet(true);
      if (PHONE.matches && state.selection.type === 'node') revealAboveSheet(renderer, state);
    }),
  );
  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  renderer.onCameraChange((view) => {
    clearTimeout(cameraTimer);
    cameraTimer = setTimeout(() => store.update(setCamera(view)), CAMERA_REST_MS);
  });
  disposer.add(() => clearTimeout(cameraTimer));
}

/** On a phone the open sheet covers the lower part of the graph: show the node in the part left visible. */
function revealAboveSheet(renderer: ExplorerContext['renderer'], state: State): void {
  if (state.selection?.type !== 'node') return;
  const stage = byId('graph');
  const visible = stage.clientHeight - byId('panel').offsetHeight;
  renderer.focusNode(state.selection.id, {
    x: stage.clientWidth / 2,
    y: Math.max(60, visible / 2),
  });
}
