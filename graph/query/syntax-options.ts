// The one-line query's options, defined once: the names the parser accepts and the help every door shows.
import { ENTITY_KINDS } from '../types.js';
import { DEFAULT_PATH_SETTINGS, PATH_LIMITS } from './request.js';
import type { PathRequest } from './types.js';

export type QueryOptionField = Exclude<keyof PathRequest, 'from' | 'to' | 'via'>;

export interface QueryOption {
  /** The name as shown in help; the parser matches it, and its aliases, case-insensitively. */
  name: string;
  /** Other names the parser accepts for the same option. */
  aliases: readonly string[];
  /** The request field it sets. */
  field: QueryOptionField;
  /** What follows `=` in the usage (`N`, `YEAR`…); null for a flag written alone. */
  value: string | null;
  /** The option as a user would type it: `maxHops=4`. */
  example: string;
  /** What it does, in a few words. */
  help: string;
}

const { k, maxHops } = PATH_LIMITS;

/**
 * How a yes/no value is spelled wherever one is typed: URL parameters (contract/) take these words; the one-line
 * query also takes the `yes` / `no` of someone typing by hand. The first of each list is the written form.
 */
export const FLAG_WORDS = { true: ['true', '1'], false: ['false', '0'] } as const;

/** The longest one-line query, in characters: the search box, `q` on the API and the CLI take the same. */
export const QUERY_MAX_LENGTH = 500;

/** The one-line query's extra spellings of a flag's value, beyond FLAG_WORDS. */
export const TYPED_FLAG_WORDS = { true: ['yes'], false: ['no'] } as const;

/** Every option of the one-line syntax, in the order help texts list them. */
export const QUERY_OPTIONS: readonly QueryOption[] = [
  {
    name: 'k',
    aliases: [],
    field: 'k',
    value: 'N',
    example: 'k=3',
    help: `how many paths (${k.min}-${k.max}, default ${DEFAULT_PATH_SETTINGS.k})`,
  },
  {
    name: 'maxHops',
    aliases: [],
    field: 'maxHops',
    value: 'N',
    example: 'maxHops=4',
    help: `the longest path allowed (${maxHops.min}-${maxHops.max}, default ${DEFAULT_PATH_SETTINGS.maxHops})`,
  },
  {
    name: 'at',
    aliases: [],
    field: 'at',
    value: 'YEAR',
    example: 'at=1969',
    help: 'only relations that hold in that year (undated relations always do)',
  },
  {
    name: 'facts',
    aliases: [],
    field: 'facts',
    value: null,
    example: 'facts',
    help: 'only relations stated as facts (not claims, hypotheticals or questions)',
  },
  {
    name: 'directed',
    aliases: [],
    field: 'directed',
    value: null,
    example: 'directed',
    help: 'follow relations in their own direction only',
  },
  {
    name: 'relations',
    aliases: [],
    field: 'relations',
    value: 'A,B',
    example: 'relations=denounced,leads',
    help: 'only relations of these types',
  },
  {
    name: 'avoid',
    aliases: ['avoidKinds'],
    field: 'avoidKinds',
    value: 'KIND,KIND',
    example: 'avoid=concept',
    help: `no intermediate entities of these kinds (${ENTITY_KINDS.join(', ')})`,
  },
];

/** Whole queries as a user would type them; the first is the one the explorer's help offers. */
export const QUERY_EXAMPLES = [
  'mao -> stalin maxHops=4',
  'mao -> khrushchev -> de-stalinization',
  'nixon -> mao k=3',
  'trump -> xi at=2025 facts',
] as const;

/** The option a name typed in a query stands for (any case, aliases included), or undefined. */
export function findQueryOption(name: string): QueryOption | undefined {
  const key = name.toLowerCase();
  return QUERY_OPTIONS.find((o) => [o.name, ...o.aliases].some((n) => n.toLowerCase() === key));
}

/** `maxHops=N`, or `facts` for a flag: how the usage writes an option. */
export function optionUsage(option: QueryOption): string {
  return option.value === null ? option.name : `${option.name}=${option.value}`;
}
