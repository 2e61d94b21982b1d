// Permalinks pasted before the one URL grammar still open the same view: expectations computed with the old reader.
import { describe, expect, it } from 'vitest';
import { initialState } from '../../client/state/initial-state.js';
import { restoreFromSearch, stateToSearch } from '../../client/state/url-state.js';
import type { PathQuery, PathRequest, State } from '../../client/types.js';
import { ESSAY_YEARS } from '../helpers/essay-graph.js';

/** The parts of the State a link sets. */
function viewOf(state: State) {
  const { selection, focus, focusDepth, filters, camera, compare, pins, path, tab, year } = state;
  return { selection, focus, focusDepth, filters, camera, compare, pins, path, tab, year };
}

type View = ReturnType<typeof viewOf>;

/** The view a link that sets nothing opens. */
const BLANK: View = {
  selection: null,
  focus: null,
  focusDepth: 1,
  filters: { hiddenKinds: [], hiddenRelations: [], hiddenModalities: [] },
  camera: null,
  compare: null,
  pins: {},
  path: { request: null, status: { type: 'idle' }, active: null },
  tab: 'details',
  year: null,
};

/** The blank view but for `differences`. */
const viewWith = (differences: Partial<View>): View => ({ ...BLANK, ...differences });

/** The parts of the view a path question sets: asked, loading, shown on the paths tab. */
function asking(request: PathRequest, active: number | null = null): Partial<View> {
  return { path: { request, status: { type: 'loading' }, active }, tab: 'paths' };
}

/** A question from the form: `query` over the form's defaults. */
function form(query: Pick<PathQuery, 'from' | 'to'> & Partial<PathQuery>): PathRequest {
  return {
    type: 'form',
    query: { via: [], k: 3, maxHops: 6, factsOnly: false, directed: false, at: null, ...query },
  };
}

/** [what it is, where it comes from; the link's query; the view the code before contract/ restored]. */
const PERMALINKS: [string, string, View][] = [
  [
    'explorer: a form question with a waypoint (tests/browser/explorer.test.ts)',
    '?from=mao-zedong&via=richard-nixon&to=china&k=2',
    viewWith(asking(form({ from: 'mao-zedong', via: ['richard-nixon'], to: 'china', k: 2 }))),
  ],
  [
    'explorer: a one-line question (tests/browser/explorer.test.ts)',
    '?q=zzqx%20-%3E%20putin',
    viewWith(asking({ type: 'line', line: 'zzqx -> putin' })),
  ],
  [
    'explorer: an entity in a year (tests/browser/explorer.test.ts)',
    '?node=vladimir-putin&year=2025',
    viewWith({ selection: { type: 'node', id: 'vladimir-putin' }, year: 2025 }),
  ],
  [
    'explorer: a relation selected (tests/browser/explorer.test.ts)',
    '?edge=donald-trump.appeases.vladimir-putin',
    viewWith({ selection: { type: 'edge', id: 'donald-trump.appeases.vladimir-putin' } }),
  ],
  [
    "embed: the README's path, dark (tests/browser/csp.test.ts, embed.test.ts, README.md)",
    '?from=mao&via=khrushchev&to=de-stalinization&theme=dark',
    viewWith(asking(form({ from: 'mao', via: ['khrushchev'], to: 'de-stalinization' }))),
  ],
  [
    'embed: one path (tests/browser/evidence-views.test.ts)',
    '?from=russia&to=china&k=1',
    viewWith(asking(form({ from: 'russia', to: 'china', k: 1 }))),
  ],
  [
    'explorer: a path across the years (tests/browser/dates.test.ts)',
    '?from=russia&to=united-states',
    viewWith(asking(form({ from: 'russia', to: 'united-states' }))),
  ],
  [
    'explorer: a kind hidden (tests/browser/path-tasks.test.ts)',
    '?node=china&hideKinds=concept',
    viewWith({
      selection: { type: 'node', id: 'china' },
      filters: { ...BLANK.filters, hiddenKinds: ['concept'] },
    }),
  ],
  [
    'explorer: every parameter the explorer wrote, old spellings (facts=1, directed=1)',
    '?node=mao-zedong&focus=china&depth=2&from=mao&via=stalin&via=khrushchev&to=putin&k=2&maxHops=6&facts=1&directed=1&at=1969&path=2&year=1970&compare=1950,1969&pins=china:0.5:-1.25;mao-zedong:2:3&hideKinds=place,concept&hideRelations=denounced&hideModalities=claim&cam=0.5,0.25,0.8',
    viewWith({
      selection: { type: 'node', id: 'mao-zedong' },
      focus: 'china',
      focusDepth: 2,
      filters: {
        hiddenKinds: ['place', 'concept'],
        hiddenRelations: ['denounced'],
        hiddenModalities: ['claim'],
      },
      camera: { x: 0.5, y: 0.25, ratio: 0.8 },
      compare: { from: 1953, to: 1969 },
      pins: { china: { x: 0.5, y: -1.25 }, 'mao-zedong': { x: 2, y: 3 } },
      ...asking(
        form({
          from: 'mao',
          via: ['stalin', 'khrushchev'],
          to: 'putin',
          k: 2,
          factsOnly: true,
          directed: true,
          at: 1969,
        }),
        1,
      ),
      year: 1970,
    }),
  ],
  [
    'explorer: an /api/graph link pasted (at, keep-only kinds and relations, facts=true)',
    '?at=1969&kinds=person,state&relations=denounced,leads&facts=true',
    viewWith({
      filters: {
        hiddenKinds: ['organization', 'place', 'event', 'concept'],
        hiddenRelations: [
          'president-of',
          'official-of',
          'part-of',
          'won',
          'criticizes',
          'admired',
          'regarded-as-revisionist',
          'strayed-from',
          'opposes',
          'hostile-to',
          'shares-bond-with',
          'no-animosity-toward',
          'deems-unlikely',
          'prioritizes',
          'deprioritizes',
          'considers-backyard',
          'allied-with',
          'partnered-with',
          'junior-partner-of',
          'sought-partnership-with',
          'rapprochement-with',
          'appeases',
          'supports',
          'supports-militarily',
          'exports-to',
          'treats-as-friend',
          'unlikely-to-abandon',
          'settled',
          'revolted-against',
          'planned-attack-on',
          'planned',
          'wages-war-on',
          'refused-to-support',
          'warned',
          'seeks-to-weaken',
          'dismantles',
          'seeks-to-replace',
          'undermines',
          'encircles',
          'provokes',
          'shows-no-desire-to-reconquer',
          'influence-in',
          'aimed-against',
          'pursues',
          'emulates',
          'named-after',
          'launched',
          'led-to',
          'participant-in',
          'took-place-in',
          'located-in',
          'interviewed',
          'works-at',
          'alumnus-of',
          'published-in',
          'covers',
          'president-elect-of',
          'government-of',
          'founded',
          'deters',
          'strategy-for',
          'photographed-in',
          'welcomes-weakening-of',
        ],
        hiddenModalities: [],
      },
      year: 1969,
    }),
  ],
];

describe('permalinks from before the one URL grammar', () => {
  it.each(PERMALINKS)('%s', (_what, search, expected) => {
    expect(viewOf(restoreFromSearch(search)(initialState(ESSAY_YEARS)))).toEqual(expected);
  });

  it.each(PERMALINKS)('%s: written anew, opens the same view', (_what, search) => {
    const restored = restoreFromSearch(search)(initialState(ESSAY_YEARS));
    const written = stateToSearch(restored);
    expect(written).not.toMatch(/(facts|directed)=1/);
    expect(viewOf(restoreFromSearch(written)(initialState(ESSAY_YEARS)))).toEqual(viewOf(restored));
  });

  it('should hold at least six real links', () => {
    expect(PERMALINKS.length).toBeGreaterThanOrEqual(6);
  });
});
