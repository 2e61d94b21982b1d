// Producers for pinned nodes (dragged by the reader and left where they were put) and their form in the URL.
import { onSlice } from './slice.js';
import type { Point, Producer } from '../types.js';

/** Coordinates in the URL keep this many decimals: finer than a pixel at any zoom the camera allows. */
const DECIMALS = 3;
/** A URL holds at most this many pins; more are dropped rather than making links unwieldy. */
const MAX_PINS = 100;

export const pinNode = (id: string, at: Point): Producer =>
  onSlice('pins', (pins) => ({ ...pins, [id]: rounded(at) }));

export const unpinNode = (id: string): Producer =>
  onSlice('pins', (pins) => {
    if (!(id in pins)) return pins;
    const next = { ...pins };
    delete next[id];
    return next;
  });

export const unpinAll = (): Producer =>
  onSlice('pins', (pins) => (Object.keys(pins).length ? {} : pins));

/** `china:1.25:-0.5;russia:0:2`: ids never contain `:` or `;` in a corpus (they are slugs). */
export function formatPins(pins: Readonly<Record<string, Point>>): string {
  return Object.entries(pins)
    .map(([id, p]) => `${id}:${p.x}:${p.y}`)
    .join(';');
}

/** Malformed entries are skipped, never fatal. */
export function parsePins(text: string | null): Record<string, Point> {
  const pins: Record<string, Point> = {};
  for (const entry of (text ?? '').split(';').slice(0, MAX_PINS)) {
    const [id, x, y, ...rest] = entry.split(':');
    const point = { x: Number(x), y: Number(y) };
    if (!id || rest.length || x === '' || y === '') continue;
    if (Number.isFinite(point.x) && Number.isFinite(point.y)) pins[id] = rounded(point);
  }
  return pins;
}

function rounded(p: Point): Point {
  return { x: Number(p.x.toFixed(DECIMALS)), y: Number(p.y.toFixed(DECIMALS)) };
}
