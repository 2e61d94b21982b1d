// The one definition of every URL parameter the API, the CLI and the explorer share: name, meaning, type, limits.
import { NEIGHBORHOOD_DEPTH } from '../graph/query/neighbors.js';
import { DEFAULT_PATH_SETTINGS, MAX_LIST_VALUES, PATH_LIMITS } from '../graph/query/request.js';
import { QUERY_MAX_LENGTH } from '../graph/query/syntax-options.js';
import { RELATION_TYPES } from '../graph/relation-types.js';
import { ENTITY_KINDS, MODALITIES } from '../graph/types.js';

/** Who reads a parameter: the HTTP API (and the CLI, which takes the same view), the explorer's URL, or both. */
type ParamDoor = 'api' | 'explorer' | 'both';

interface Common {
  name: string;
  /** Older names still read (old permalinks), never written. */
  aliases: readonly string[];
  meaning: string;
  door: ParamDoor;
}

export interface IntParamDef extends Common {
  type: 'integer';
  min: number;
  max: number;
  default?: number;
}

export interface FlagParamDef extends Common {
  type: 'flag';
  default: false;
}

export interface ListParamDef extends Common {
  type: 'list';
  /** The closed vocabulary, or undefined for free values (entity names). */
  values?: readonly string[];
  maxItems: number;
}

export interface TextParamDef extends Common {
  type: 'text';
  maxLength: number;
}

export type ParamDef = IntParamDef | FlagParamDef | ListParamDef | TextParamDef;

/** The API's `relations` vocabulary: every relation type a corpus may use. */
export const RELATION_TYPE_IDS: readonly string[] = Object.keys(RELATION_TYPES);

const NAME_LENGTH = 200;

/** How many documents one `doc` scope may name: a report's worth; without `doc` a view covers them all. */
const MAX_DOCUMENTS_IN_SCOPE = 100;

/** Parameters of the view and the path question: the same name means the same thing on every door. */
export const VIEW_PARAMS = {
  doc: {
    name: 'doc',
    aliases: [],
    type: 'list',
    maxItems: MAX_DOCUMENTS_IN_SCOPE,
    door: 'both',
    meaning:
      'Keep only these documents (slugs, see /api/documents): their relations and the entities they mention or relate. Without it, the whole corpus.',
  },
  at: {
    name: 'at',
    aliases: [],
    type: 'integer',
    min: PATH_LIMITS.year.min,
    max: PATH_LIMITS.year.max,
    door: 'both',
    meaning:
      'Keep only relations whose time holds this year; undated relations are timeless and always kept.',
  },
  relations: {
    name: 'relations',
    aliases: [],
    type: 'list',
    values: RELATION_TYPE_IDS,
    maxItems: MAX_LIST_VALUES,
    door: 'both',
    meaning: 'Keep only relations of these types.',
  },
  kinds: {
    name: 'kinds',
    aliases: [],
    type: 'list',
    values: ENTITY_KINDS,
    maxItems: MAX_LIST_VALUES,
    door: 'both',
    meaning: 'Keep only entities of these kinds.',
  },
  facts: {
    name: 'facts',
    aliases: [],
    type: 'flag',
    default: false,
    door: 'both',
    meaning: 'Keep only relations stated as facts (not claims, hypotheticals or questions).',
  },
  modalities: {
    name: 'modalities',
    aliases: [],
    type: 'list',
    values: MODALITIES,
    maxItems: MAX_LIST_VALUES,
    door: 'both',
    meaning:
      'Keep only relations stated in these modalities (the explorer sends the ones its legend shows).',
  },
  from: {
    name: 'from',
    aliases: [],
    type: 'text',
    maxLength: NAME_LENGTH,
    door: 'both',
    meaning: 'Where paths start: an entity id, label, alias or name (misspellings tolerated).',
  },
  to: {
    name: 'to',
    aliases: [],
    type: 'text',
    maxLength: NAME_LENGTH,
    door: 'both',
    meaning: 'Where paths end: an entity id, label, alias or name.',
  },
  via: {
    name: 'via',
    aliases: [],
    type: 'list',
    maxItems: PATH_LIMITS.via.max,
    door: 'both',
    meaning: `Waypoints visited in order, at most ${PATH_LIMITS.via.max}.`,
  },
  k: {
    name: 'k',
    aliases: [],
    type: 'integer',
    min: PATH_LIMITS.k.min,
    max: PATH_LIMITS.k.max,
    default: DEFAULT_PATH_SETTINGS.k,
    door: 'both',
    meaning: `How many paths, shortest first (default ${DEFAULT_PATH_SETTINGS.k}).`,
  },
  maxHops: {
    name: 'maxHops',
    aliases: [],
    type: 'integer',
    min: PATH_LIMITS.maxHops.min,
    max: PATH_LIMITS.maxHops.max,
    default: DEFAULT_PATH_SETTINGS.maxHops,
    door: 'both',
    meaning: `The longest path allowed, in hops (default ${DEFAULT_PATH_SETTINGS.maxHops}).`,
  },
  directed: {
    name: 'directed',
    aliases: [],
    type: 'flag',
    default: false,
    door: 'both',
    meaning: 'Follow relations in their own direction only (default false: either way).',
  },
  avoidKinds: {
    name: 'avoidKinds',
    aliases: [],
    type: 'list',
    values: ENTITY_KINDS,
    maxItems: MAX_LIST_VALUES,
    door: 'api',
    meaning: 'No intermediate entities of these kinds (endpoints and waypoints are exempt).',
  },
  focus: {
    name: 'focus',
    aliases: [],
    type: 'text',
    maxLength: NAME_LENGTH,
    door: 'both',
    meaning:
      'A "Neighbours of X" view: only the entities within `depth` relations of this one (id or name).',
  },
  depth: {
    name: 'depth',
    aliases: [],
    type: 'integer',
    min: NEIGHBORHOOD_DEPTH.min,
    max: NEIGHBORHOOD_DEPTH.max,
    default: NEIGHBORHOOD_DEPTH.default,
    door: 'both',
    meaning: `How many relations away to go (default ${NEIGHBORHOOD_DEPTH.default}).`,
  },
  path: {
    name: 'path',
    aliases: [],
    type: 'integer',
    min: PATH_LIMITS.k.min,
    max: PATH_LIMITS.k.max,
    door: 'both',
    meaning:
      "Of a path view's answers, only this one, counted from 1 (the path selected in the explorer).",
  },
  q: {
    name: 'q',
    aliases: [],
    type: 'text',
    maxLength: QUERY_MAX_LENGTH,
    door: 'both',
    meaning: 'A one-line query: entities joined by `->`, then options',
  },
} as const satisfies Record<string, ParamDef>;

/**
 * The explorer's own parameters: what only a screen has (a selection, a camera, pins, hidden legend entries).
 * `year` is the year slider, apart from `at`, which in the explorer is the path question's year, as in /api/paths.
 */
export const EXPLORER_PARAMS = {
  node: {
    name: 'node',
    aliases: [],
    type: 'text',
    maxLength: NAME_LENGTH,
    door: 'explorer',
    meaning: 'The entity selected.',
  },
  edge: {
    name: 'edge',
    aliases: [],
    type: 'text',
    maxLength: 400,
    door: 'explorer',
    meaning: 'The relation selected.',
  },
  year: {
    name: 'year',
    aliases: [],
    type: 'integer',
    min: PATH_LIMITS.year.min,
    max: PATH_LIMITS.year.max,
    door: 'explorer',
    meaning: "The year slider; without a path question the API's `at` is read as it too.",
  },
  compare: {
    name: 'compare',
    aliases: [],
    type: 'text',
    maxLength: 20,
    door: 'explorer',
    meaning: 'Two years compared: `1953,1969`.',
  },
  pins: {
    name: 'pins',
    aliases: [],
    type: 'text',
    maxLength: 4000,
    door: 'explorer',
    meaning: 'Entities dragged in place: `id:x:y;id:x:y`.',
  },
  hideKinds: {
    name: 'hideKinds',
    aliases: [],
    type: 'list',
    values: ENTITY_KINDS,
    maxItems: MAX_LIST_VALUES,
    door: 'explorer',
    meaning: "Kinds the legend hides; the API's keep-only `kinds` is read too, and wins.",
  },
  hideRelations: {
    name: 'hideRelations',
    aliases: [],
    type: 'list',
    values: RELATION_TYPE_IDS,
    maxItems: RELATION_TYPE_IDS.length,
    door: 'explorer',
    meaning:
      "Relation types the legend hides; the API's keep-only `relations` is read too, and wins.",
  },
  hideModalities: {
    name: 'hideModalities',
    aliases: [],
    type: 'list',
    values: MODALITIES,
    maxItems: MAX_LIST_VALUES,
    door: 'explorer',
    meaning: "Modalities the legend hides; the API's keep-only `modalities` is read too, and wins.",
  },
  cam: {
    name: 'cam',
    aliases: [],
    type: 'text',
    maxLength: 100,
    door: 'explorer',
    meaning: 'The camera: `x,y,ratio`.',
  },
  theme: {
    name: 'theme',
    aliases: [],
    type: 'text',
    maxLength: 10,
    door: 'explorer',
    meaning: "An /embed frame's theme: `light` or `dark`.",
  },
} as const satisfies Record<string, ParamDef>;

/** Every parameter, for docs and the grammar's tests. */
export const ALL_PARAMS: readonly ParamDef[] = [
  ...Object.values(VIEW_PARAMS),
  ...Object.values(EXPLORER_PARAMS),
];
