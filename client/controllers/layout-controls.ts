// The Re-layout button (ForceAtlas2 in a worker, with progress and Stop) and the reset to the essay's layout.
import { startLayout, type LayoutEnd, type LayoutRun } from '../drawing/layout-runner.js';
import { byId, h, icon, replaceChildren } from '../views/dom.js';
import { toast } from '../views/toast.js';
import type { ExplorerContext } from './context.js';

const END_WORDS: Record<LayoutEnd, string> = {
  settled: 'Layout settled.',
  budget: 'Layout finished.',
  stopped: 'Layout stopped.',
};

/** Resetting the layout keeps the reader's pins where they were put (`afterReset`); dispose stops a run. */
export function connectLayoutControls(
  { graph, renderer, disposer }: ExplorerContext,
  afterReset: () => void,
): void {
  const button = byId<HTMLButtonElement>('relayout');
  const reset = byId<HTMLButtonElement>('reset-layout');
  const progress = byId('layout-progress');
  const original = new Map(graph.mapNodes((n, a) => [n, { x: a.x, y: a.y }] as const));
  let run: LayoutRun | null = null;
  let disposed = false;
  const stopped = (end: LayoutEnd) => {
    run = null;
    showRunning(button, false);
    progress.hidden = true;
    reset.hidden = false;
    if (disposed) return;
    // The new layout is framed clear of the controls and the time bar.
    renderer.zoom(0);
    toast(END_WORDS[end]);
  };
  // A listener's promise is dropped by the browser: the run is kept in `run`, which the next click stops.
  disposer.listen(button, 'click', () => void toggleLayout());
  async function toggleLayout(): Promise<void> {
    if (run) return run.stop();
    showRunning(button, true);
    progress.hidden = false;
    const bar = byId('layout-bar');
    const label = byId('layout-label');
    bar.style.width = '0%';
    label.textContent = 'Laying out…';
    run = await startLayout(
      graph,
      ({ iteration, fraction }) => {
        bar.style.width = `${Math.round(fraction * 100)}%`;
        label.textContent = `Laying out… iteration ${iteration}`;
      },
      stopped,
    );
    // Torn down while the worker was loading: it is stopped as soon as it exists.
    if (disposed) run.stop();
  }
  disposer.listen(reset, 'click', () => {
    run?.stop();
    graph.updateEachNodeAttributes((n, a) => ({ ...a, ...original.get(n) }), {
      attributes: ['x', 'y'],
    });
    afterReset();
    reset.hidden = true;
    renderer.zoom(0);
  });
  disposer.add(() => {
    disposed = true;
    run?.stop();
  });
}

function showRunning(button: HTMLButtonElement, running: boolean): void {
  button.setAttribute('aria-pressed', String(running));
  if (running) replaceChildren(button, icon('stop'), h('span', { class: 'label' }, 'Stop'));
  else replaceChildren(button, icon('layout'), h('span', { class: 'label' }, 'Re-layout'));
}
