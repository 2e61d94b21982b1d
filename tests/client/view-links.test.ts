import { describe, expect, it } from 'vitest';
import { queryRecord } from '../../contract/parse.js';
import { ESSAY_YEARS } from '../helpers/essay-graph.js';
import { ExportQuery } from '../../server/routes/export.js';
import { setYear, toggleKind, toggleModality, toggleRelation } from '../../client/state/filters.js';
import { initialState } from '../../client/state/initial-state.js';
import { askPath, normalizePathQuery, receivePaths, showPath } from '../../client/state/path.js';
import { focusOn, setCamera } from '../../client/state/selection.js';
import { restoreFromSearch } from '../../client/state/url-state.js';
import { RELATION_TYPE_LIST } from '../../client/state/vocabulary.js';
import {
  embedSnippet,
  embedThemeOf,
  embedUrl,
  exportSearchParams,
  viewTitle,
} from '../../client/state/view-links.js';
import type { PathAnswer, PathRequest, State } from '../../client/types.js';

/** The query a search string hands the route, to state an expected one as a link spells it. */
const queryOf = (search: string) => queryRecord(new URLSearchParams(search));

/** The query `params` hands the export route, which must accept it. */
function accepted(params: URLSearchParams): Record<string, string | string[]> {
  const query = queryRecord(params);
  expect(ExportQuery.safeParse(query).success).toBe(true);
  return query;
}

const resolved = (id: string, label: string) => ({ id, label, kind: 'person' as const, input: id });

function answered(): { state: State; request: PathRequest } {
  const request: PathRequest = { type: 'line', line: 'mao -> de-stalinization via khrushchev' };
  const answer: PathAnswer = {
    query: {
      from: resolved('mao-zedong', 'Mao Zedong'),
      via: [resolved('nikita-khrushchev', 'Nikita Khrushchev')],
      to: resolved('de-stalinization', 'De-Stalinization'),
      k: 2,
      maxHops: 5,
      directed: false,
      filters: { at: 1969, avoidKinds: ['place'], facts: true },
    },
    paths: [],
  };
  const state = receivePaths(request, answer)(askPath(request)(initialState(ESSAY_YEARS)));
  return { state, request };
}

describe('export parameters', () => {
  it('should send nothing for the whole, unfiltered graph', () => {
    expect(exportSearchParams(initialState(ESSAY_YEARS), ['denounced']).toString()).toBe('');
  });

  it("should send the view's filters under the export route's names", () => {
    let state = setYear(1969)(toggleKind('place')(initialState(ESSAY_YEARS)));
    state = toggleRelation('praised')(state);
    for (const m of ['claim', 'hypothetical', 'question'] as const)
      state = toggleModality(m)(state);
    const params = exportSearchParams(state, ['denounced', 'praised', 'leads']);
    expect(accepted(params)).toEqual(
      queryOf(
        'at=1969&kinds=person,state,organization,event,concept&relations=denounced,leads&modalities=fact',
      ),
    );
  });

  it('should send claims only as the legend shows them, not the whole graph', () => {
    let state = initialState(ESSAY_YEARS);
    for (const m of ['fact', 'hypothetical', 'question'] as const) state = toggleModality(m)(state);
    const params = exportSearchParams(state, []);
    expect(accepted(params)).toEqual({ modalities: 'claim' });
  });

  it('should send a "Neighbours of" view as its focus and depth', () => {
    const params = exportSearchParams(focusOn('china', 2)(initialState(ESSAY_YEARS)), []);
    expect(accepted(params)).toEqual({ focus: 'china', depth: '2' });
  });

  it('should keep the relation filter when every type but one is shown', () => {
    const [hidden, ...shown] = RELATION_TYPE_LIST;
    const params = exportSearchParams(
      toggleRelation(hidden!)(initialState(ESSAY_YEARS)),
      RELATION_TYPE_LIST,
    );
    expect(params.get('relations')?.split(',')).toEqual(shown);
    expect(ExportQuery.parse(queryRecord(params)).relations).toEqual(shown);
  });

  it('should send a typed path question as the paths route takes it', () => {
    const query = normalizePathQuery({ from: 'mao', via: ['khrushchev'], to: 'putin', k: 2 });
    const state = toggleKind('place')(askPath({ type: 'form', query })(initialState(ESSAY_YEARS)));
    const params = exportSearchParams(state, []);
    expect(params.get('from')).toBe('mao');
    expect(params.getAll('via')).toEqual(['khrushchev']);
    expect(params.get('k')).toBe('2');
    // A path export draws the path alone: the kinds shown around it in the explorer have nothing to narrow.
    expect(params.has('kinds')).toBe(false);
    expect(ExportQuery.safeParse(queryRecord(params)).success).toBe(true);
  });

  it('should send an answered question with the ids it resolved to and its filters', () => {
    const params = exportSearchParams(answered().state, []);
    expect(accepted(params)).toEqual(
      queryOf(
        'from=mao-zedong&to=de-stalinization&via=nikita-khrushchev&k=2&maxHops=5&facts=true&at=1969&avoidKinds=place',
      ),
    );
  });

  it('should send the selected path, counted from 1, so a download draws that one only', () => {
    const { state, request } = answered();
    if (state.path.status.type !== 'done') throw new Error('answered() is answered');
    const empty = { nodes: [], hops: [], length: 0, narrative: '' };
    const answer = { ...state.path.status.answer, paths: [empty, empty, empty] };
    const three = receivePaths(request, answer)(askPath(request)(initialState(ESSAY_YEARS)));
    // The explorer draws path 1 as an answer arrives; the reader then picks path 2.
    expect(exportSearchParams(three, []).get('path')).toBe('1');
    const params = exportSearchParams(showPath(1)(three), []);
    expect(params.get('path')).toBe('2');
    expect(ExportQuery.safeParse(queryRecord(params)).success).toBe(true);
    // With no path drawn (the reader closed it), the download holds all the answers.
    expect(exportSearchParams(showPath(null)(three), []).has('path')).toBe(false);
  });
});

describe('embed link', () => {
  it('should carry the view without the camera, and the theme asked for', () => {
    const query = normalizePathQuery({ from: 'mao', via: ['khrushchev'], to: 'de-stalinization' });
    const state = setCamera({ x: 0.1, y: 0.2, ratio: 0.5 })(
      askPath({ type: 'form', query })(initialState(ESSAY_YEARS)),
    );
    const url = new URL(embedUrl('https://graph.example', state, 'dark'));
    expect(url.origin + url.pathname).toBe('https://graph.example/embed');
    expect(url.searchParams.get('from')).toBe('mao');
    expect(url.searchParams.get('via')).toBe('khrushchev');
    expect(url.searchParams.has('cam')).toBe(false);
    expect(url.searchParams.get('theme')).toBe('dark');
    expect(embedThemeOf(url.search)).toBe('dark');
    expect(embedThemeOf('?theme=<b>')).toBeNull();
  });

  it('should restore in the embed the view the explorer had', () => {
    const state = focusOn('china', 2)(setYear(1969)(initialState(ESSAY_YEARS)));
    const back = restoreFromSearch(new URL(embedUrl('http://x', state, null)).search)(
      initialState(ESSAY_YEARS),
    );
    expect(back.focus).toBe('china');
    expect(back.focusDepth).toBe(2);
    expect(back.year).toBe(1969);
  });

  it('should escape the title and the URL in the snippet', () => {
    const snippet = embedSnippet(
      'https://graph.example/embed?from=a&to=b',
      'Mallory <img src=x onerror=alert(1)> "quoted"',
    );
    expect(snippet).toBe(
      '<iframe src="https://graph.example/embed?from=a&amp;to=b" width="100%" height="480"' +
        ' style="border:0" title="Mallory &lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot;"' +
        ' loading="lazy"></iframe>',
    );
  });

  it('should name the view: the path, the focus, or the essay', () => {
    const labelOf = (id: string) => (id === 'china' ? 'China' : null);
    expect(viewTitle(answered().state, labelOf, 'Essay')).toBe(
      'Mao Zedong → Nikita Khrushchev → De-Stalinization',
    );
    expect(viewTitle(focusOn('china')(initialState(ESSAY_YEARS)), labelOf, 'Essay')).toBe(
      'Neighbours of China',
    );
    expect(viewTitle(initialState(ESSAY_YEARS), labelOf, 'Essay')).toBe('Essay');
  });
});

describe("the API's names in a view's URL", () => {
  it('should read kinds and relations as the kept ones', () => {
    const state = restoreFromSearch('?kinds=person,state&relations=denounced')(
      initialState(ESSAY_YEARS),
    );
    expect(state.filters.hiddenKinds).toEqual(['organization', 'place', 'event', 'concept']);
    expect(state.filters.hiddenRelations).not.toContain('denounced');
    expect(state.filters.hiddenRelations).toHaveLength(RELATION_TYPE_LIST.length - 1);
  });

  it('should read at as the year without a path, and as the path’s year with one', () => {
    expect(restoreFromSearch('?at=1969')(initialState(ESSAY_YEARS)).year).toBe(1969);
    const withPath = restoreFromSearch('?from=mao&to=putin&at=1969')(initialState(ESSAY_YEARS));
    expect(withPath.year).toBeNull();
    expect(withPath.path.request).toMatchObject({ type: 'form', query: { at: 1969 } });
  });
});
