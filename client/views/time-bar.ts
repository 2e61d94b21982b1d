// The year slider (1953–2025, then "All years" at its right end) with a play button, and the way into comparing years.
import { h, icon, replaceChildren } from './dom.js';
import { YEAR_RANGE } from '../state/initial-state.js';
import { compareYears, DEFAULT_COMPARISON } from '../state/compare.js';
import { setYear } from '../state/filters.js';
import { computeGraphView } from '../drawing/graph-view.js';
import type { Store } from '../state/store.js';
import type { ExplorerGraph, State } from '../types.js';

const PLAY_STEP_MS = 220;
/** The slider's last stop, one past the essay's last year: it always means "All years", never a year. */
const ALL_YEARS_STOP = YEAR_RANGE.max + 1;

function yearAt(stop: number): number | null {
  return stop >= ALL_YEARS_STOP ? null : stop;
}

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
    max: ALL_YEARS_STOP,
    step: 1,
    value: ALL_YEARS_STOP,
    class: 'slider',
    'aria-describedby': 'year-summary',
  });
  const yearOut = h('output', { id: 'year-value', for: slider.id, class: 'year-value' });
  const summary = h('span', { id: 'year-summary', class: 'year-summary' });
  const play = h('button', { type: 'button', class: 'icon-button play', id: 'year-play' });
  const all = h('button', { type: 'button', class: 'chip all-years', id: 'year-all' }, 'All years');
  const compare = h(
    'button',
    {
      type: 'button',
      class: 'chip',
      id: 'year-compare-open',
      'aria-pressed': 'false',
      'aria-label': 'Compare years',
    },
    'Compare',
    h('span', { class: 'compare-long' }, ' years'),
  );
  compare.addEventListener('click', () => {
    if (timer) stop();
    const state = store.get();
    store.update(
      compareYears(
        state.compare
          ? null
          : { ...DEFAULT_COMPARISON, from: state.year ?? DEFAULT_COMPARISON.from },
      ),
    );
  });

  const stop = () => {
    clearInterval(timer);
    timer = undefined;
    render(store.get());
  };
  // Moving the slider goes back from a comparison to one year.
  slider.addEventListener('input', () => {
    if (timer) stop();
    store.update((s) => setYear(yearAt(Number(slider.value)))(compareYears(null)(s)));
  });
  all.addEventListener('click', () => {
    if (timer) stop();
    store.update((s) => setYear(null)(compareYears(null)(s)));
  });
  play.addEventListener('click', () => {
    if (timer) return stop();
    const current = store.get().year;
    const start = current === null || current >= YEAR_RANGE.max ? YEAR_RANGE.min : current;
    store.update((s) => setYear(start)(compareYears(null)(s)));
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
        ['1953', '1969', '1989', '2000', 'All'].map((y) =>
          h(
            'span',
            {
              style: `--at:${((y === 'All' ? ALL_YEARS_STOP : Number(y)) - YEAR_RANGE.min) / (ALL_YEARS_STOP - YEAR_RANGE.min)}`,
            },
            y,
          ),
        ),
      ),
    ),
    yearOut,
    h('div', { class: 'time-side' }, all, compare, summary),
  );

  const render = (state: State) => {
    const year = state.year;
    slider.value = String(year ?? ALL_YEARS_STOP);
    slider.classList.toggle('inactive', year === null);
    slider.setAttribute('aria-valuetext', year === null ? 'All years' : String(year));
    const pair = state.compare;
    yearOut.textContent = pair
      ? `${pair.from} vs ${pair.to}`
      : year === null
        ? 'All years'
        : String(year);
    all.hidden = year === null;
    compare.setAttribute('aria-pressed', String(state.compare !== null));
    summary.textContent = pair
      ? 'Comparing two years'
      : `${shownCount(state)} of ${graph.size} relations`;
    replaceChildren(play, icon(timer ? 'pause' : 'play'));
    play.setAttribute('aria-label', timer ? 'Pause' : 'Play the years');
  };
  return render;
}
