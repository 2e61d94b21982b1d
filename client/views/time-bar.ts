// The year slider (the essay's years, then "All years" at its right end) with a play button, and the way into comparing years.
import { h, icon, replaceChildren } from './dom.js';
import { defaultComparison } from '../state/compare.js';
import { watch } from '../state/watch.js';
import { computeGraphView } from '../drawing/graph-view.js';
import { createDisposer } from '../lifecycle/disposer.js';
import type { Store } from '../state/store.js';
import type { StoreActions } from '../state/store-actions.js';
import type { ExplorerGraph, State, YearRange } from '../types.js';

const PLAY_STEP_MS = 220;

interface TimeBarParts {
  slider: HTMLInputElement;
  yearOut: HTMLOutputElement;
  summary: HTMLElement;
  play: HTMLButtonElement;
  all: HTMLButtonElement;
  compare: HTMLButtonElement;
}

/** Draws the year, the comparison and the shown-relations count; returns dispose (stops playing, unsubscribes). */
export function createTimeBar(
  root: HTMLElement,
  graph: ExplorerGraph,
  store: Store,
  actions: StoreActions,
): () => void {
  const { years } = store.get();
  // The slider's last stop, one past the essay's last year: it always means "All years", never a year.
  const allYearsStop = years.max + 1;
  const parts = timeBarParts(years, allYearsStop);
  replaceChildren(root, ...timeBarLayout(parts, years, allYearsStop));
  const disposer = createDisposer();
  const player = createPlayer(store, actions, years, () => render(store.get()));
  disposer.add(player.stop);
  const leaveComparison = (year: number | null) => {
    player.stop();
    actions.showYear(year);
  };
  // Moving the slider goes back from a comparison to one year.
  disposer.listen(parts.slider, 'input', () => {
    const stop = Number(parts.slider.value);
    leaveComparison(stop >= allYearsStop ? null : stop);
  });
  disposer.listen(parts.all, 'click', () => leaveComparison(null));
  disposer.listen(parts.play, 'click', () => player.toggle());
  disposer.listen(parts.compare, 'click', () => {
    player.stop();
    const state = store.get();
    actions.compareYears(state.compare ? null : defaultComparison(years, state.year));
  });
  // The counter counts what the graph shows: the year, and the legend's filters and a focus as well.
  const shownCount = (state: State) => graph.size - computeGraphView(graph, state).hiddenEdges.size;
  const render = (state: State) =>
    drawTimeBar(parts, state, player.playing(), allYearsStop, shownCount, graph.size);
  disposer.add(watch(store, ['year', 'compare', 'filters', 'focus', 'focusDepth'], render));
  return () => disposer.dispose();
}

/** Plays the years one by one from the slider's year (or the first) to the last; stop() clears the timer. */
function createPlayer(store: Store, actions: StoreActions, years: YearRange, redraw: () => void) {
  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    if (timer === undefined) return;
    clearInterval(timer);
    timer = undefined;
    redraw();
  };
  const start = () => {
    const current = store.get().year;
    const first = current === null || current >= years.max ? years.min : current;
    actions.showYear(first);
    timer = setInterval(() => {
      const year = store.get().year ?? years.min;
      if (year >= years.max) return stop();
      actions.setYear(year + 1);
    }, PLAY_STEP_MS);
    redraw();
  };
  return { stop, toggle: () => (timer === undefined ? start() : stop()), playing: () => !!timer };
}

function timeBarParts(years: YearRange, allYearsStop: number): TimeBarParts {
  const slider = h('input', {
    id: 'year-slider',
    type: 'range',
    min: years.min,
    max: allYearsStop,
    step: 1,
    value: allYearsStop,
    class: 'slider',
    'aria-describedby': 'year-summary',
  });
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
  return {
    slider,
    compare,
    yearOut: h('output', { id: 'year-value', for: slider.id, class: 'year-value' }),
    summary: h('span', { id: 'year-summary', class: 'year-summary' }),
    play: h('button', { type: 'button', class: 'icon-button play', id: 'year-play' }),
    all: h('button', { type: 'button', class: 'chip all-years', id: 'year-all' }, 'All years'),
  };
}

function timeBarLayout(parts: TimeBarParts, years: YearRange, allYearsStop: number): Node[] {
  const at = (stop: number) => (stop - years.min) / (allYearsStop - years.min);
  const ticks = [
    ...tickYears(years).map((year) => h('span', { style: `--at:${at(year)}` }, year)),
    h('span', { style: `--at:${at(allYearsStop)}` }, 'All'),
  ];
  return [
    parts.play,
    h('label', { for: parts.slider.id, class: 'sr-only' }, 'Year'),
    h(
      'div',
      { class: 'slider-wrap' },
      parts.slider,
      h('div', { class: 'ticks', 'aria-hidden': 'true' }, ticks),
    ),
    parts.yearOut,
    h('div', { class: 'time-side' }, parts.all, parts.compare, parts.summary),
  ];
}

/** The first year and three more, evenly spaced across the span (a short span gets its first year only). */
function tickYears(years: YearRange): number[] {
  const span = years.max - years.min;
  if (span < 4) return [years.min];
  return [0, 1, 2, 3].map((i) => Math.round(years.min + (span * i) / 4));
}

function drawTimeBar(
  parts: TimeBarParts,
  state: State,
  playing: boolean,
  allYearsStop: number,
  shownCount: (state: State) => number,
  total: number,
): void {
  const { year, compare: pair } = state;
  parts.slider.value = String(year ?? allYearsStop);
  parts.slider.classList.toggle('inactive', year === null);
  parts.slider.setAttribute('aria-valuetext', year === null ? 'All years' : String(year));
  parts.yearOut.textContent = pair
    ? `${pair.from} vs ${pair.to}`
    : year === null
      ? 'All years'
      : String(year);
  parts.all.hidden = year === null;
  parts.compare.setAttribute('aria-pressed', String(pair !== null));
  parts.summary.textContent = pair
    ? 'Comparing two years'
    : `${shownCount(state)} of ${total} relations`;
  replaceChildren(parts.play, icon(playing ? 'pause' : 'play'));
  parts.play.setAttribute('aria-label', playing ? 'Pause' : 'Play the years');
}
