// State ⇄ URL: selection, path query, filters, year and camera live in the query string, so a link restores a view.
import { ENTITY_KINDS_LIST, MODALITY_LIST, RELATION_TYPE_LIST } from './vocabulary.js';
import { normalizePathQuery } from './path.js';
import { formatComparison, parseComparison } from './compare.js';
import { setYear } from './filters.js';
import { formatPins, parsePins } from './pins.js';
import type { CameraView, PathRequest, Producer, Selection, State } from '../types.js';

export function stateToSearch(state: State): string {
  const p = new URLSearchParams();
  if (state.selection) p.set(state.selection.type, state.selection.id);
  if (state.focus) {
    p.set('focus', state.focus);
    if (state.focusDepth !== 1) p.set('depth', String(state.focusDepth));
  }
  const request = state.path.request;
  if (request?.type === 'line') p.set('q', request.line);
  if (request?.type === 'form') {
    const q = request.query;
    if (q.from) p.set('from', q.from);
    for (const via of q.via) p.append('via', via);
    if (q.to) p.set('to', q.to);
    p.set('k', String(q.k));
    p.set('maxHops', String(q.maxHops));
    if (q.factsOnly) p.set('facts', '1');
    if (q.directed) p.set('directed', '1');
    if (q.at !== null) p.set('at', String(q.at));
  }
  if (request && state.path.active !== null && state.path.active > 0)
    p.set('path', String(state.path.active + 1));
  if (state.year !== null) p.set('year', String(state.year));
  if (state.compare) p.set('compare', formatComparison(state.compare));
  if (Object.keys(state.pins).length) p.set('pins', formatPins(state.pins));
  const { hiddenKinds, hiddenRelations, hiddenModalities } = state.filters;
  if (hiddenKinds.length) p.set('hideKinds', hiddenKinds.join(','));
  if (hiddenRelations.length) p.set('hideRelations', hiddenRelations.join(','));
  if (hiddenModalities.length) p.set('hideModalities', hiddenModalities.join(','));
  if (state.camera) p.set('cam', formatCamera(state.camera));
  const search = p.toString();
  return search ? `?${search}` : '';
}

/** The view a URL describes, over `state`; unknown or malformed parameters are ignored, never fatal. */
export const restoreFromSearch =
  (search: string): Producer =>
  (state) => {
    const p = new URLSearchParams(search);
    const request = readRequest(p);
    const samePath = requestKey(request) === requestKey(state.path.request);
    const activeParam = Number(p.get('path'));
    const active = Number.isInteger(activeParam) && activeParam >= 1 ? activeParam - 1 : null;
    const next: State = {
      ...state,
      selection: readSelection(p),
      focus: p.get('focus') || null,
      focusDepth: clampInt(Number(p.get('depth') ?? 1), 1, 3, 1),
      filters: {
        hiddenKinds: readHidden(p, 'kinds', 'hideKinds', ENTITY_KINDS_LIST).filter(
          isOneOf(ENTITY_KINDS_LIST),
        ),
        hiddenRelations: readHidden(p, 'relations', 'hideRelations', RELATION_TYPE_LIST),
        hiddenModalities: readList(p, 'hideModalities').filter(isOneOf(MODALITY_LIST)),
      },
      camera: parseCamera(p.get('cam')),
      compare: parseComparison(p.get('compare')),
      pins: parsePins(p.get('pins')),
      path: samePath
        ? { ...state.path, active: state.path.status.type === 'done' ? active : state.path.active }
        : {
            request,
            status: request ? { type: 'loading' } : { type: 'idle' },
            active,
          },
      tab: request && !samePath ? 'paths' : state.tab,
    };
    // `at` is the API's name for the year; without a path it sets the view's year (a path takes it as its own).
    const year = p.get('year') ?? (request ? null : p.get('at'));
    return setYear(year === null || year === '' ? null : Number(year))(next);
  };

/** Two requests asking the same question have the same key. */
export function requestKey(request: PathRequest | null): string {
  if (!request) return '';
  if (request.type === 'line') return `q:${request.line}`;
  return `form:${JSON.stringify(request.query)}`;
}

export function formatCamera(c: CameraView): string {
  return [c.x, c.y, c.ratio].map((n) => Number(n.toFixed(4))).join(',');
}

export function parseCamera(text: string | null): CameraView | null {
  if (!text) return null;
  const parts = text.split(',').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [x, y, ratio] = parts as [number, number, number];
  return ratio > 0 ? { x, y, ratio } : null;
}

function readSelection(p: URLSearchParams): Selection {
  const node = p.get('node');
  if (node) return { type: 'node', id: node };
  const edge = p.get('edge');
  if (edge) return { type: 'edge', id: edge };
  return null;
}

function readRequest(p: URLSearchParams): PathRequest | null {
  const line = p.get('q')?.trim();
  if (line) return { type: 'line', line };
  const from = p.get('from')?.trim() ?? '';
  const to = p.get('to')?.trim() ?? '';
  if (!from && !to) return null;
  const at = p.get('at');
  return {
    type: 'form',
    query: normalizePathQuery({
      from,
      to,
      via: p.getAll('via'),
      k: Number(p.get('k') ?? NaN),
      maxHops: Number(p.get('maxHops') ?? NaN),
      factsOnly: isTrue(p.get('facts')),
      directed: isTrue(p.get('directed')),
      at: at === null || at === '' ? null : Number(at),
    }),
  };
}

function readList(p: URLSearchParams, name: string): string[] {
  return (p.get(name) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * What a filter hides: `hide<Name>` lists it; the API's keep-only form (`kinds`, `relations`, as /api/graph and
 * the exports take them) lists what stays, and wins when both are given.
 */
function readHidden(
  p: URLSearchParams,
  keep: string,
  hide: string,
  vocabulary: readonly string[],
): string[] {
  const kept = readList(p, keep);
  if (kept.length === 0) return readList(p, hide);
  return vocabulary.filter((v) => !kept.includes(v));
}

function isTrue(value: string | null): boolean {
  return value === '1' || value === 'true';
}

function isOneOf<T extends string>(list: readonly T[]) {
  return (value: string): value is T => (list as readonly string[]).includes(value);
}

function clampInt(n: number, min: number, max: number, fallback: number): number {
  return Number.isInteger(n) ? Math.min(max, Math.max(min, n)) : fallback;
}
