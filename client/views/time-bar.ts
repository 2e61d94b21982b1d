// The year slider (1953–2025) with a play button: relations not in force that year disappear from the graph.
import { h, icon, replaceChildren } from './dom.js';
import { YEAR_RANGE } from '../state/initial-state.js';
import { setYear } from '../state/filters.js';
import { computeGraphView } from '../graph/graph-view.js';
import type { Store } from '../state/store.js';
import type { ExplorerGraph, State } from '../types.js';

const PLAY_STEP_MS = 220;

export function createTimeBar(
  root: HTMLElement,
  graph: ExplorerGraph,
  store: Store,
): (state: State) => void {
  // The counter counts what the graph shows: the year, and the legend's filters and a focus as well.
  const shownCount = (state: State) => graph.size - computeGraphView(graph, state).hiddenEdges.size;
  let timer: ReturnType<typeof setInterval> | undefined;

  const slider = h('input', {
    id: 'year-slider',
    type: 'range',
    min: YEAR_RANGE.min,
    max: YEAR_RANGE.max,
    step: 1,
    value: YEAR_RANGE.max,
    class: 'slider',
    'aria-describedby': 'year-summary',
  });
  const yearOut = h('output', { id: 'year-value', for: slider.id, class: 'year-value' });
  const summary = h('span', { id: 'year-summary', class: 'year-summary' });
  const play = h('button', { type: 'button', class: 'icon-button play', id: 'year-play' });
  const all = h('button', { type: 'button', class: 'chip all-years', id: 'year-all' }, 'All years');

  const stop = () => {
    clearInterval(timer);
    timer = undefined;
    render(store.get());
  };
  slider.addEventListener('input', () => {
    if (timer) stop();
    store.update(setYear(Number(slider.value)));
  });
  all.addEventListener('click', () => {
    if (timer) stop();
    store.update(setYear(null));
  });
  play.addEventListener('click', () => {
    if (timer) return stop();
    const current = store.get().year;
    const start = current === null || current >= YEAR_RANGE.max ? YEAR_RANGE.min : current;
    store.update(setYear(start));
    timer = setInterval(() => {
      const year = store.get().year ?? YEAR_RANGE.min;
      if (year >= YEAR_RANGE.max) return stop();
      store.update(setYear(year + 1));
    }, PLAY_STEP_MS);
    render(store.get());
  });

  replaceChildren(
    root,
    play,
    h('label', { for: slider.id, class: 'sr-only' }, 'Year'),
    h(
      'div',
      { class: 'slider-wrap' },
      slider,
      h(
        'div',
        { class: 'ticks', 'aria-hidden': 'true' },
        ['1953', '1969', '1989', '2000', '2025'].map((y) =>
          h(
            'span',
            { style: `--at:${(Number(y) - YEAR_RANGE.min) / (YEAR_RANGE.max - YEAR_RANGE.min)}` },
            y,
          ),
        ),
      ),
    ),
    yearOut,
    h('div', { class: 'time-side' }, all, summary),
  );

  const render = (state: State) => {
    const year = state.year;
    slider.value = String(year ?? YEAR_RANGE.max);
    slider.classList.toggle('inactive', year === null);
    slider.setAttribute('aria-valuetext', year === null ? 'All years' : String(year));
    yearOut.textContent = year === null ? 'All years' : String(year);
    all.hidden = year === null;
    summary.textContent = `${shownCount(state)} of ${graph.size} relations`;
    replaceChildren(play, icon(timer ? 'pause' : 'play'));
    play.setAttribute('aria-label', timer ? 'Pause' : 'Play the years');
  };
  return render;
}
