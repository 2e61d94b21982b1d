// The years the loaded essay spans, read once from its dated entities and relations (the slider's and inputs' bounds).
import type { ExplorerGraph, TimeSpan, YearRange } from '../types.js';

/** Every dated start and end in the graph; an undated graph spans the current year only. */
export function yearRangeOf(graph: ExplorerGraph): YearRange {
  let min = Infinity;
  let max = -Infinity;
  const widen = (time: TimeSpan | null) => {
    for (const year of [time?.start, time?.end]) {
      if (typeof year !== 'number') continue;
      min = Math.min(min, year);
      max = Math.max(max, year);
    }
  };
  graph.forEachNode((_node, attributes) => widen(attributes.time));
  graph.forEachEdge((_edge, attributes) => widen(attributes.time));
  if (min > max) {
    const now = new Date().getFullYear();
    return { min: now, max: now };
  }
  return { min, max };
}

/** A whole year inside the range. */
export function clampYear(year: number, years: YearRange): number {
  return Math.min(years.max, Math.max(years.min, Math.round(year)));
}
