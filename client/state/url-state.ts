// State ⇄ URL: selection, path query, filters, year, documents and camera live in the query string (contract/explorer-url.ts).
import {
  linkScopeOf,
  readExplorerParams,
  resolveScope,
  writeExplorerParams,
  type ExplorerForm,
  type ExplorerParams,
} from '../../contract/explorer-url.js';
import { ENTITY_KINDS_LIST, MODALITY_LIST } from './vocabulary.js';
import { normalizePathQuery } from './path.js';
import { compareYears, formatComparison, parseComparison } from './compare.js';
import { setYear } from './filters.js';
import { formatPins, parsePins } from './pins.js';
import type { CameraView, PathQuery, PathRequest, Producer, Selection, State } from '../types.js';

export function stateToSearch(state: State): string {
  const request = state.path.request;
  const { hiddenKinds, hiddenRelations, hiddenModalities } = state.filters;
  const p = writeExplorerParams({
    node: state.selection?.type === 'node' ? state.selection.id : null,
    edge: state.selection?.type === 'edge' ? state.selection.id : null,
    focus: state.focus,
    depth: state.focusDepth,
    q: request?.type === 'line' ? request.line : null,
    form: request?.type === 'form' ? formParams(request.query) : null,
    path: request && state.path.active !== null ? state.path.active + 1 : null,
    year: state.year,
    compare: state.compare && formatComparison(state.compare),
    pins: Object.keys(state.pins).length ? formatPins(state.pins) : null,
    hideKinds: hiddenKinds,
    hideRelations: hiddenRelations,
    hideModalities: hiddenModalities,
    cam: state.camera && formatCamera(state.camera),
    // A state that knows no corpus (a generated graph, a link made on the server) says nothing of documents.
    doc: state.documents.length ? linkScopeOf(state.scope) : { type: 'unsaid' },
  });
  const search = p.toString();
  return search ? `?${search}` : '';
}

/** The view a URL describes, over `state`; unknown or malformed parameters are ignored, never fatal. */
export const restoreFromSearch =
  (search: string): Producer =>
  (state) => {
    const p = readExplorerParams(search);
    const request = readRequest(p);
    const samePath = requestKey(request) === requestKey(state.path.request);
    const active = p.path === null ? null : p.path - 1;
    const next: State = {
      ...state,
      selection: readSelection(p),
      focus: p.focus,
      focusDepth: p.depth ?? 1,
      filters: {
        hiddenKinds: p.hideKinds.filter(isOneOf(ENTITY_KINDS_LIST)),
        hiddenRelations: p.hideRelations,
        hiddenModalities: p.hideModalities.filter(isOneOf(MODALITY_LIST)),
      },
      camera: parseCamera(p.cam),
      compare: null,
      pins: parsePins(p.pins),
      path: samePath
        ? { ...state.path, active: state.path.status.type === 'done' ? active : state.path.active }
        : {
            request,
            status: request ? { type: 'loading' } : { type: 'idle' },
            active,
          },
      tab: request && !samePath ? 'paths' : state.tab,
      scope: resolveScope(p.doc, state.documents),
    };
    // The comparison goes through its producer, so it stays within the essay's years on every restore.
    return compareYears(parseComparison(p.compare))(setYear(p.year)(next));
  };

/** Two requests asking the same question have the same key. */
export function requestKey(request: PathRequest | null): string {
  if (!request) return '';
  if (request.type === 'line') return `q:${request.line}`;
  return `form:${JSON.stringify(request.query)}`;
}

function formatCamera(c: CameraView): string {
  return [c.x, c.y, c.ratio].map((n) => Number(n.toFixed(4))).join(',');
}

export function parseCamera(text: string | null): CameraView | null {
  if (!text) return null;
  const parts = text.split(',').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [x, y, ratio] = parts as [number, number, number];
  return ratio > 0 ? { x, y, ratio } : null;
}

function readSelection(p: ExplorerParams): Selection {
  if (p.node) return { type: 'node', id: p.node };
  if (p.edge) return { type: 'edge', id: p.edge };
  return null;
}

function readRequest(p: ExplorerParams): PathRequest | null {
  if (p.q) return { type: 'line', line: p.q };
  if (!p.form) return null;
  const { k, maxHops, facts, directed, ...rest } = p.form;
  return {
    type: 'form',
    query: normalizePathQuery({
      ...rest,
      k: k ?? NaN,
      maxHops: maxHops ?? NaN,
      factsOnly: facts,
      directed,
    }),
  };
}

function formParams(q: PathQuery): ExplorerForm {
  const { factsOnly, ...rest } = q;
  return { ...rest, facts: factsOnly };
}

function isOneOf<T extends string>(list: readonly T[]) {
  return (value: string): value is T => (list as readonly string[]).includes(value);
}
