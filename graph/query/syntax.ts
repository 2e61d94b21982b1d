// The one-line query syntax of the search box and the CLI: `mao -> khrushchev -> de-stalinization k=3 facts`.
import { InvalidInputError } from '../errors.js';
import { isRelationType, RELATION_TYPES } from '../relation-types.js';
import { ENTITY_KINDS, type EntityKind } from '../types.js';
import { PATH_LIMITS } from './request.js';
import {
  findQueryOption,
  FLAG_WORDS,
  optionUsage,
  QUERY_EXAMPLES,
  QUERY_MAX_LENGTH,
  QUERY_OPTIONS,
  TYPED_FLAG_WORDS,
  type QueryOptionField,
} from './syntax-options.js';
import type { PathRequest } from './types.js';
import { parseWholeNumber } from '../whole-number.js';

/** The syntax in words, for usage texts and the API docs. */
export const QUERY_SYNTAX = `A query names two or more entities joined by "->" (or "→"): the first is where the path starts, the last where it
ends, those between are waypoints visited in order. Options follow the last entity, separated by spaces:
${QUERY_OPTIONS.map((o) => `  ${optionUsage(o).padEnd(18)}${o.help}`).join('\n')}
Examples: ${QUERY_EXAMPLES.map((q) => `"${q}"`).join(', ')}.`;

const ARROW = /->|→/g;
const OPTION = /^[a-z]+=/i;

interface Token {
  text: string;
  /** 1-based column of the token's first character. */
  column: number;
}

/** Parses one line; an error is an InvalidInputError whose `column` (1-based) points at the culprit. */
export function parsePathQuery(line: string, parameter = 'q'): PathRequest {
  const fail: Fail = (message, column) => {
    throw new InvalidInputError(`${message} (column ${column})`, parameter, column);
  };
  if (!line.trim()) fail('Type a query such as `mao -> khrushchev`.', 1);
  if (line.length > QUERY_MAX_LENGTH)
    fail(`A query has at most ${QUERY_MAX_LENGTH} characters.`, QUERY_MAX_LENGTH + 1);

  const segments = splitSegments(line);
  if (segments.length < 2)
    fail('Join at least two entities with `->`, as in `mao -> khrushchev`.', line.length + 1);
  const names = segments.map((segment, i) =>
    entityName(line, segment, i, i === segments.length - 1, fail),
  );
  if (names.length - 2 > PATH_LIMITS.via.max)
    fail(
      `Give at most ${PATH_LIMITS.via.max} waypoints between the first and last entity.`,
      names[PATH_LIMITS.via.max + 1]!.column,
    );

  const request: PathRequest = { from: names[0]!.text, to: names.at(-1)!.text };
  if (names.length > 2) request.via = names.slice(1, -1).map((n) => n.text);
  const last = segments.at(-1)!.tokens;
  applyOptions(request, last.slice(firstOptionIndex(last)), fail);
  return request;
}

/** Options start at the first option-shaped token after the first word of the last segment. */
function firstOptionIndex(tokens: Token[]): number {
  const i = tokens.findIndex((t, j) => j > 0 && isOption(t.text));
  return i < 0 ? tokens.length : i;
}

/** The entity named by a segment: its words as typed, spacing kept; options are allowed in the last only. */
function entityName(
  line: string,
  segment: Segment,
  index: number,
  last: boolean,
  fail: Fail,
): Token {
  const words = segment.tokens.slice(0, firstOptionIndex(segment.tokens));
  if (words.length === 0)
    fail(
      index === 0 ? 'Name an entity before `->`.' : 'Name an entity after `->`.',
      segment.arrowColumn,
    );
  if (!last && words.length < segment.tokens.length)
    fail(
      'Options go at the end of the query, after the last entity.',
      segment.tokens[words.length]!.column,
    );
  const first = words[0]!;
  const end = words.at(-1)!;
  return {
    text: line.slice(first.column - 1, end.column - 1 + end.text.length),
    column: first.column,
  };
}

function isOption(text: string): boolean {
  return OPTION.test(text) || findQueryOption(text)?.value === null;
}

interface Segment {
  tokens: Token[];
  /** Column of the arrow before this segment (of the one after it, for the first segment). */
  arrowColumn: number;
}

function splitSegments(line: string): Segment[] {
  const arrows = [...line.matchAll(ARROW)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const bounds = [{ start: 0, end: 0 }, ...arrows, { start: line.length, end: line.length }];
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i]!.end;
    const text = line.slice(from, bounds[i + 1]!.start);
    const tokens = [...text.matchAll(/\S+/g)].map((m) => ({
      text: m[0],
      column: from + m.index + 1,
    }));
    const arrow = i === 0 ? bounds[1]! : bounds[i]!;
    segments.push({ tokens, arrowColumn: arrow.start + 1 });
  }
  return segments;
}

type Fail = (message: string, column: number) => never;

const OPTION_EXAMPLES = QUERY_OPTIONS.map((o) => o.example).join(', ');
const OPTION_NAME_LIST = `${QUERY_OPTIONS.slice(0, -1)
  .map((o) => o.name)
  .join(', ')} or ${QUERY_OPTIONS.at(-1)!.name}`;

function applyOptions(request: PathRequest, tokens: Token[], fail: Fail): void {
  const given = new Set<string>();
  for (const token of tokens) {
    if (!isOption(token.text))
      fail(
        `Expected an option (${OPTION_EXAMPLES}), not "${token.text}": ` +
          'options come after the last entity.',
        token.column,
      );
    const eq = token.text.indexOf('=');
    const key = (eq < 0 ? token.text : token.text.slice(0, eq)).toLowerCase();
    const value = { text: eq < 0 ? '' : token.text.slice(eq + 1), column: token.column + eq + 1 };
    const field = findQueryOption(key)?.field;
    if (!field) return fail(`Unknown option "${key}"; use ${OPTION_NAME_LIST}.`, token.column);
    if (given.has(field)) fail(`The option "${key}" is given twice.`, token.column);
    given.add(field);
    setOption(request, field, eq < 0 ? null : value, fail);
  }
}

function setOption(
  request: PathRequest,
  field: QueryOptionField,
  value: Token | null,
  fail: Fail,
): void {
  switch (field) {
    case 'k':
      request.k = integer(value, 'k', PATH_LIMITS.k, fail);
      return;
    case 'maxHops':
      request.maxHops = integer(value, 'maxHops', PATH_LIMITS.maxHops, fail);
      return;
    case 'at':
      request.at = integer(value, 'at', PATH_LIMITS.year, fail);
      return;
    case 'facts':
    case 'directed':
      request[field] = flag(value, field, fail);
      return;
    case 'relations':
      request.relations = list(value, 'relations', fail).map(({ text, column }) => {
        if (!isRelationType(text))
          fail(
            `Unknown relation type "${text}"; use one of: ${Object.keys(RELATION_TYPES).join(', ')}.`,
            column,
          );
        return text;
      });
      return;
    default:
      request.avoidKinds = list(value, 'avoid', fail).map(({ text, column }) =>
        toKind(text, column, fail),
      );
  }
}

function integer(
  value: Token | null,
  name: string,
  range: { min: number; max: number },
  fail: Fail,
): number {
  const n = value ? parseWholeNumber(value.text) : null;
  if (value === null || n === null || n < range.min || n > range.max)
    return fail(
      `\`${name}\` takes a whole number from ${range.min} to ${range.max}.`,
      value?.column ?? 1,
    );
  return n;
}

function flag(value: Token | null, name: string, fail: Fail): boolean {
  if (value === null) return true;
  const text = value.text.toLowerCase();
  if (isWordOf(text, 'true')) return true;
  if (isWordOf(text, 'false')) return false;
  return fail(`\`${name}\` is written alone or as ${name}=true / ${name}=false.`, value.column);
}

function isWordOf(text: string, answer: 'true' | 'false'): boolean {
  return ([...FLAG_WORDS[answer], ...TYPED_FLAG_WORDS[answer]] as string[]).includes(text);
}

function list(value: Token | null, name: string, fail: Fail): Token[] {
  const items: Token[] = [];
  let offset = 0;
  for (const part of (value?.text ?? '').split(',')) {
    if (part) items.push({ text: part.toLowerCase(), column: value!.column + offset });
    offset += part.length + 1;
  }
  if (items.length === 0) fail(`\`${name}=\` needs a comma-separated list.`, value?.column ?? 1);
  return items;
}

function toKind(text: string, column: number, fail: Fail): EntityKind {
  const kinds: readonly string[] = ENTITY_KINDS;
  const kind = kinds.includes(text)
    ? text
    : kinds.includes(text.replace(/s$/, ''))
      ? text.replace(/s$/, '')
      : null;
  if (kind === null)
    return fail(`Unknown entity kind "${text}"; use one of: ${ENTITY_KINDS.join(', ')}.`, column);
  return kind as EntityKind;
}
