// The explorer's URL (and /embed's): its parameters read forgivingly from a link, and written back.
import { ENTITY_KINDS, MODALITIES } from '../graph/types.js';
import { EXPLORER_PARAMS as E, RELATION_TYPE_IDS, VIEW_PARAMS as V } from './params.js';
import { readFlag, splitList } from './values.js';
import { writeViewParams } from './write.js';

/** A path question as the explorer's form holds it; numbers as given, for the form to bring within bounds. */
export interface ExplorerForm {
  from: string;
  via: string[];
  to: string;
  k: number | null;
  maxHops: number | null;
  facts: boolean;
  directed: boolean;
  at: number | null;
}

/** Everything an explorer link says; null or empty where it says nothing. */
export interface ExplorerParams {
  node: string | null;
  edge: string | null;
  focus: string | null;
  /** Within the definition's limits; null when absent or not a whole number. */
  depth: number | null;
  /** The one-line question; it wins over a form question. */
  q: string | null;
  form: ExplorerForm | null;
  /** The answer drawn, counted from 1. */
  path: number | null;
  year: number | null;
  compare: string | null;
  pins: string | null;
  cam: string | null;
  hideKinds: readonly string[];
  hideRelations: readonly string[];
  hideModalities: readonly string[];
  /** The documents the link names (`doc`), read by `resolveScope`. */
  doc: LinkScope;
}

/** `doc=*`: every document the corpus holds when the link is opened, those added later included. */
const ALL_DOCUMENTS = '*';

/** What a link says of its documents: all of them, these slugs, or nothing (a link made before documents). */
export type LinkScope =
  { type: 'all' } | { type: 'documents'; slugs: string[] } | { type: 'unsaid' };

/** A document as the scope rule sees it: its slug, and when it was added (absent: it predates scoping). */
export interface ScopedDocument {
  slug: string;
  added?: string;
}

/** The documents a view shows: these slugs, in the corpus's order, or null for every document. */
export type DocumentScope = readonly string[] | null;

/**
 * The one rule for a link's documents. `doc=*` is every document; `doc=<slug>` (repeated) the named ones the
 * corpus holds. A link without `doc` (or naming none that exists) was made before views were scoped: it means the
 * documents that predate scoping, those with no `added` date, so an old report's link keeps showing what it
 * showed when documents are added; when every document has an `added` date, it means them all.
 */
export function resolveScope(said: LinkScope, documents: readonly ScopedDocument[]): DocumentScope {
  if (said.type === 'all') return null;
  if (said.type === 'documents') {
    const named = documents.filter((d) => said.slugs.includes(d.slug)).map((d) => d.slug);
    if (named.length) return named;
  }
  const legacy = documents.filter((d) => d.added === undefined).map((d) => d.slug);
  return legacy.length ? legacy : null;
}

/** How a link writes a scope: `doc=*` for every document, else each slug (a link never leaves it unsaid). */
export function linkScopeOf(scope: DocumentScope): LinkScope {
  return scope === null ? { type: 'all' } : { type: 'documents', slugs: [...scope] };
}

/** The API's `doc` for a scope: none when it covers every document (the API's default), else the slugs. */
export function apiScopeOf(
  scope: DocumentScope,
  documents: readonly ScopedDocument[],
): string[] | undefined {
  if (scope === null || documents.every((d) => scope.includes(d.slug))) return undefined;
  return [...scope];
}

/**
 * A link never fails: a malformed value reads as absent, an out-of-range depth is brought within bounds. Old links
 * still read: `facts=1`, and the API's keep-only `kinds`, `relations` and `modalities` for the hidden lists.
 */
export function readExplorerParams(search: string | URLSearchParams): ExplorerParams {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  const text = (name: string) => p.get(name) || null;
  const q = p.get(V.q.name)?.trim() || null;
  const form = q ? null : readForm(p);
  const path = Number(p.get(V.path.name));
  return {
    node: text(E.node.name),
    edge: text(E.edge.name),
    focus: text(V.focus.name),
    depth: clampWhole(Number(p.get(V.depth.name) ?? NaN), V.depth),
    q,
    form,
    path: Number.isInteger(path) && path >= 1 ? path : null,
    // Without a question, `at` is the API's view year: an /api/graph link opens on that year.
    year: year(p.get(E.year.name) ?? (q || form ? null : p.get(V.at.name))),
    compare: text(E.compare.name),
    pins: text(E.pins.name),
    cam: text(E.cam.name),
    hideKinds: hidden(p, V.kinds.name, E.hideKinds.name, ENTITY_KINDS),
    hideRelations: hidden(p, V.relations.name, E.hideRelations.name, RELATION_TYPE_IDS),
    hideModalities: hidden(p, V.modalities.name, E.hideModalities.name, MODALITIES),
    doc: readLinkScope(p.getAll(V.doc.name)),
  };
}

function readLinkScope(values: readonly string[]): LinkScope {
  const slugs = splitList(values);
  if (slugs.includes(ALL_DOCUMENTS)) return { type: 'all' };
  return slugs.length ? { type: 'documents', slugs } : { type: 'unsaid' };
}

/** The link of `params`, in the API's names and spellings where the API has the parameter. */
export function writeExplorerParams(params: ExplorerParams): URLSearchParams {
  const out = new URLSearchParams();
  if (params.node) out.set(E.node.name, params.node);
  else if (params.edge) out.set(E.edge.name, params.edge);
  if (params.focus) {
    out.set(V.focus.name, params.focus);
    if (params.depth !== null && params.depth !== V.depth.default)
      out.set(V.depth.name, String(params.depth));
  }
  if (params.q) out.set(V.q.name, params.q);
  else if (params.form) writeForm(params.form, out);
  if (params.path !== null && params.path > 1) out.set(V.path.name, String(params.path));
  if (params.year !== null) out.set(E.year.name, String(params.year));
  if (params.compare) out.set(E.compare.name, params.compare);
  if (params.pins) out.set(E.pins.name, params.pins);
  if (params.hideKinds.length) out.set(E.hideKinds.name, params.hideKinds.join(','));
  if (params.hideRelations.length) out.set(E.hideRelations.name, params.hideRelations.join(','));
  if (params.hideModalities.length) out.set(E.hideModalities.name, params.hideModalities.join(','));
  if (params.doc.type === 'all') out.set(V.doc.name, ALL_DOCUMENTS);
  if (params.doc.type === 'documents')
    for (const slug of params.doc.slugs) out.append(V.doc.name, slug);
  if (params.cam) out.set(E.cam.name, params.cam);
  return out;
}

function readForm(p: URLSearchParams): ExplorerForm | null {
  const from = p.get(V.from.name)?.trim() ?? '';
  const to = p.get(V.to.name)?.trim() ?? '';
  if (!from && !to) return null;
  const number = (name: string) => {
    const value = p.get(name);
    return value === null || !Number.isFinite(Number(value)) ? null : Number(value);
  };
  const flag = (name: string) => {
    const read = readFlag(p.get(name) ?? '');
    return read.ok && read.value;
  };
  return {
    from,
    via: splitList(p.getAll(V.via.name)),
    to,
    k: number(V.k.name),
    maxHops: number(V.maxHops.name),
    facts: flag(V.facts.name),
    directed: flag(V.directed.name),
    at: year(p.get(V.at.name)),
  };
}

function writeForm(form: ExplorerForm, out: URLSearchParams): void {
  writeViewParams(
    {
      from: form.from,
      via: form.via,
      to: form.to,
      k: form.k ?? undefined,
      maxHops: form.maxHops ?? undefined,
      facts: form.facts,
      directed: form.directed,
      at: form.at ?? undefined,
    },
    out,
  );
}

/** A year as typed; bounds are the year slider's to apply. */
function year(text: string | null): number | null {
  if (text === null || text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

function clampWhole(n: number, limits: { min: number; max: number }): number | null {
  return Number.isInteger(n) ? Math.min(limits.max, Math.max(limits.min, n)) : null;
}

/**
 * What a legend hides: `hide<Name>` lists it; the API's keep-only form (`kinds`, `relations`, `modalities`, as
 * /api/graph and the exports take them) lists what stays, and wins when both are given.
 */
function hidden(
  p: URLSearchParams,
  keep: string,
  hide: string,
  vocabulary: readonly string[],
): string[] {
  const kept = splitList(p.getAll(keep));
  if (kept.length === 0) return splitList(p.getAll(hide));
  return vocabulary.filter((v) => !kept.includes(v));
}
