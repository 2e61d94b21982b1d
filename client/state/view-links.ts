// The current view as the other doors take it: the export route's parameters, the /embed URL and its iframe snippet.
import { EXPLORER_PARAMS, VIEW_PARAMS } from '../../contract/params.js';
import { apiScope } from './documents.js';
import { writeViewParams } from '../../contract/write.js';
import { pathSearchParams } from './path.js';
import { stateToSearch } from './url-state.js';
import { ENTITY_KINDS_LIST, MODALITY_LIST } from './vocabulary.js';
import type { PathAnswer, State } from '../types.js';

export type EmbedTheme = 'light' | 'dark';

const EMBED_SIZE = { width: '100%', height: 480 } as const;

/**
 * /api/export's parameters for what the explorer shows: the path question (as answered, with resolved ids) and the
 * path selected; or, with no path, the view's filters (year, kinds, relation types, modalities) and a focus. Both
 * keep to the documents in scope.
 */
export function exportSearchParams(
  state: State,
  relationTypes: readonly string[],
): URLSearchParams {
  const { hiddenKinds, hiddenRelations, hiddenModalities } = state.filters;
  const doc = apiScope(state);
  const path = pathParams(state);
  if (path) {
    if (doc && !path.has(VIEW_PARAMS.doc.name)) writeViewParams({ doc }, path);
    // The explorer draws one path at a time once one is selected: the download holds that one.
    const { active, status } = state.path;
    if (active !== null && status.type === 'done' && status.answer.paths.length > 1)
      path.set(VIEW_PARAMS.path.name, String(active + 1));
    return path;
  }
  const shown = relationTypes.filter((r) => !hiddenRelations.includes(r));
  const modalities = MODALITY_LIST.filter((m) => !hiddenModalities.includes(m));
  return writeViewParams({
    doc,
    focus: state.focus ?? undefined,
    depth: state.focus ? state.focusDepth : undefined,
    kinds: hiddenKinds.length
      ? ENTITY_KINDS_LIST.filter((k) => !hiddenKinds.includes(k))
      : undefined,
    at: state.year ?? undefined,
    // The route takes up to `relations`' maxItems, one of each relation type: any view's list fits; a longer one
    // could only hold types the route does not know.
    relations:
      hiddenRelations.length && shown.length <= VIEW_PARAMS.relations.maxItems ? shown : undefined,
    modalities: hiddenModalities.length ? modalities : undefined,
  });
}

/** An answered question is sent with the ids it resolved to; an unanswered form as typed; a one-liner not at all. */
function pathParams(state: State): URLSearchParams | null {
  const { request, status } = state.path;
  if (status.type === 'done') return answeredParams(status.answer.query);
  if (request?.type === 'form' && request.query.from && request.query.to)
    return pathSearchParams(request.query);
  return null;
}

function answeredParams(q: PathAnswer['query']): URLSearchParams {
  const { facts, at, relations, avoidKinds } = q.filters;
  return writeViewParams({
    from: q.from.id,
    via: q.via.map((v) => v.id),
    to: q.to.id,
    k: q.k,
    maxHops: q.maxHops,
    directed: q.directed,
    facts,
    at,
    relations,
    avoidKinds,
  });
}

/** `/api/export/<name>?…` for the view. */
export function exportHref(name: string, state: State, relationTypes: readonly string[]): string {
  const search = exportSearchParams(state, relationTypes).toString();
  return `/api/export/${name}${search ? `?${search}` : ''}`;
}

/** The /embed URL of the view: the explorer's own URL state, less the camera (the frame has its own size). */
export function embedUrl(origin: string, state: State, theme: EmbedTheme | null): string {
  const params = new URLSearchParams(stateToSearch({ ...state, camera: null }));
  if (theme) params.set(EXPLORER_PARAMS.theme.name, theme);
  const search = params.toString();
  return `${origin}/embed${search ? `?${search}` : ''}`;
}

/** The HTML to paste into a page; the title comes from the essay's labels, so it is escaped for an attribute. */
export function embedSnippet(url: string, title: string): string {
  return (
    `<iframe src="${escapeAttribute(url)}" width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}"` +
    ` style="border:0" title="${escapeAttribute(title)}" loading="lazy"></iframe>`
  );
}

function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * What the view shows, in words: "Mao Zedong → Nikita Khrushchev → De-Stalinization" for an answered path,
 * "Neighbours of China" for a focus, else the essay's title.
 */
export function viewTitle(
  state: State,
  labelOf: (id: string) => string | null,
  essayTitle: string,
): string {
  const status = state.path.status;
  if (status.type === 'done') {
    const { from, via, to } = status.answer.query;
    return [from, ...via, to].map((r) => r.label).join(' → ');
  }
  const focus = state.focus ? labelOf(state.focus) : null;
  if (focus) return `Neighbours of ${focus}`;
  return essayTitle;
}

/** `theme=light|dark` in an /embed URL; anything else follows the reader's system setting. */
export function embedThemeOf(search: string): EmbedTheme | null {
  const theme = new URLSearchParams(search).get(EXPLORER_PARAMS.theme.name);
  return theme === 'light' || theme === 'dark' ? theme : null;
}
